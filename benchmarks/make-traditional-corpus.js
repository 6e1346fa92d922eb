#!/usr/bin/env node
// Writes a Traditional Chinese test file of about SIZE_MB megabytes (UTF-8) to stdout, for compare-opencc.sh:
// the seeds' sentences without pinyin annotations, shuffled and repeated (80%), and generated paragraphs of
// Traditional characters and phrases from OpenCC's t2s dictionaries between common words (20%). Deterministic.
//
//   node make-traditional-corpus.js SEEDS_DIR DICTIONARY_DIR SIZE_MB > file.txt
'use strict';
const fs = require('fs');
const path = require('path');

const [, , seedsDir, dictDir, sizeArg] = process.argv;
if (!seedsDir || !dictDir) {
  console.error('usage: node make-traditional-corpus.js SEEDS_DIR DICTIONARY_DIR [SIZE_MB]');
  process.exit(2);
}
const targetBytes = Math.round(Number(sizeArg || 100) * 1024 * 1024);

// mulberry32: a small deterministic generator
let seed = 20171023;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (array) => array[Math.floor(random() * array.length)];

// Pinyin annotations left by converters, e.g. 設(shè): a parenthesized run of Latin letters with tone marks.
const pinyin = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/g;
const seeds = fs.readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort()
  .map(f => fs.readFileSync(path.join(seedsDir, f), 'utf8').replace(/\r/g, '').replace(pinyin, ''));
const sentences = seeds.join('\n').split(/[。\n]/).map(s => s.trim()).filter(s => s.length > 0).map(s => s + '。');

function keys(name) {
  return fs.readFileSync(path.join(dictDir, name + '.txt'), 'utf8').split('\n')
    .filter(l => l && !l.startsWith('#') && l.includes('\t')).map(l => l.split('\t')[0]);
}
const characters = keys('TSCharacters').filter(k => k.length === 1);
const phrases = keys('TSPhrases');
const common = [...'的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研'];

const out = fs.openSync('/dev/stdout', 'w');
let written = 0;
let chunk = [];
let chunkLength = 0;
function emit(line) {
  chunk.push(line);
  chunkLength += line.length;
  if (chunkLength > 1 << 20) flush();
}
function flush() {
  const buffer = Buffer.from(chunk.join(''), 'utf8');
  fs.writeSync(out, buffer);
  written += buffer.length;
  chunk = [];
  chunkLength = 0;
}
while (written < targetBytes) {
  let line = '';
  if (random() < 0.8) {
    for (let i = 0; i < 6; i++) line += pick(sentences);
  } else {
    for (let i = 0; i < 120; i++) {
      const r = random();
      line += r < 0.6 ? pick(common) : r < 0.9 ? pick(characters) : pick(phrases);
      if (random() < 0.04) line += '，';
    }
    line += '。';
  }
  emit(line + '\n');
  if (chunkLength === 0 && written >= targetBytes) break;
}
flush();
