#!/usr/bin/env node
// Build step: turns the jieba word list (word, frequency, part of speech per line) into the table TextNorm embeds as
// word-level evidence for repair: every two-character word, in Simplified as listed and with the Traditional forms
// of its characters from OpenCC's STCharacters.txt (repair meets damaged text in either script).
//
//   node generate.js WORD_LIST ST_CHARACTERS OUTPUT_FILE
//
// Binary form, little-endian: int32 count, then count uint32 keys (first char << 16 | second char) in ascending
// order, then count uint16 frequencies (capped at 65535; the highest wins when two words share a key).
// Words seen fewer than MIN_FREQUENCY times are left out: they are noise for this purpose and cost space.
'use strict';
const fs = require('fs');
const path = require('path');

const MIN_FREQUENCY = 5;
const [, , wordList, stCharacters, output] = process.argv;
if (!wordList || !stCharacters || !output) {
  console.error('usage: node generate.js WORD_LIST ST_CHARACTERS OUTPUT_FILE');
  process.exit(2);
}

const traditional = new Map();
for (const line of fs.readFileSync(stCharacters, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes('\t')) continue;
  const [key, values] = line.replace(/\r$/, '').split('\t');
  if (key.length === 1) traditional.set(key, values.split(' ').filter(v => v.length === 1));
}
const forms = c => [c, ...(traditional.get(c) ?? []).filter(t => t !== c)];

const table = new Map();
for (const line of fs.readFileSync(wordList, 'utf8').split('\n')) {
  const [word, count] = line.trim().split(/\s+/);
  if (!word || word.length !== 2) continue; // two UTF-16 units: two BMP characters
  const frequency = Math.min(Number(count), 65535);
  if (!(frequency >= MIN_FREQUENCY)) continue;
  for (const a of forms(word[0])) {
    for (const b of forms(word[1])) {
      const key = (a.charCodeAt(0) << 16 | b.charCodeAt(0)) >>> 0;
      if ((table.get(key) ?? 0) < frequency) table.set(key, frequency);
    }
  }
}
const keys = [...table.keys()].sort((x, y) => x - y);
const buffer = Buffer.alloc(4 + keys.length * 6);
buffer.writeInt32LE(keys.length, 0);
keys.forEach((key, i) => {
  buffer.writeUInt32LE(key, 4 + i * 4);
  buffer.writeUInt16LE(table.get(key), 4 + keys.length * 4 + i * 2);
});
fs.mkdirSync(path.dirname(output), { recursive: true });
const old = fs.existsSync(output) ? fs.readFileSync(output) : null;
if (!old || !old.equals(buffer)) fs.writeFileSync(output, buffer);
console.log(`generate.js: ${keys.length} two-character words -> ${output}`);
