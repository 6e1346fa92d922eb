#!/usr/bin/env node
// Build step: turns the text dictionaries of npm opencc (data/dictionary/*.txt) into the compact binary form that
// TextNorm embeds (one <Name>.bin per dictionary), and generates the dictionaries that OpenCC's own build derives
// (data/dictionary/BUILD.bazel): TWVariantsRev, HKVariantsRev, JPShinjitaiCharactersRev (data/scripts/reverse.py)
// and STPhrases_GeneratedFromRegionalPhrases (data/scripts/generate_st_phrases_from_regional_phrases.py).
//
//   node generate.js DICTIONARY_DIR OUTPUT_DIR
//
// Binary form, UTF-16LE: for each entry [key length][key][value length][value], lengths as one UTF-16 unit,
// entries sorted by key (ordinal).
// Only the first candidate of each entry is kept (OpenCC converts with the first one), and single-character
// entries that map a character to itself are dropped, as opencc-js does (they never change the output).
// Files are rewritten only when their content changes, so an unchanged input leaves the build incremental.
'use strict';
const fs = require('fs');
const path = require('path');

const [, , dictDir, outDir] = process.argv;
if (!dictDir || !outDir) {
  console.error('usage: node generate.js DICTIONARY_DIR OUTPUT_DIR');
  process.exit(2);
}

const REVERSE_PREFER = '# @reverse-prefer:';

/** Parses an OpenCC text dictionary: [{ key, values }] in file order, plus its reverse preferences. */
function readDict(name) {
  const text = fs.readFileSync(path.join(dictDir, name + '.txt'), 'utf8');
  const entries = [];
  const reversePreferences = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith(REVERSE_PREFER)) {
      const fields = line.slice(REVERSE_PREFER.length).trim().split(/\s+/);
      reversePreferences.set(fields[0], fields[fields.length - 1]);
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${name}: invalid line ${JSON.stringify(line)}`);
    entries.push({ key: line.slice(0, tab), values: line.slice(tab + 1).split(' ') });
  }
  return { entries, reversePreferences };
}

/** Python's default string order (code points), which OpenCC's scripts sort by. */
function byCodePoint(a, b) {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** reverse.py: every value becomes a key listing the keys that produce it, honouring @reverse-prefer, sorted. */
function reverse(dict) {
  const swapped = new Map();
  for (const { key, values } of dict.entries) {
    for (const value of values) {
      if (!swapped.has(value)) swapped.set(value, []);
      swapped.get(value).push(key);
    }
  }
  for (const [key, preferred] of dict.reversePreferences) {
    const values = swapped.get(key);
    if (!values || !values.includes(preferred)) throw new Error(`reverse preference ${key} -> ${preferred} has no mapping`);
    values.splice(values.indexOf(preferred), 1);
    values.unshift(preferred);
  }
  const entries = [...swapped].map(([key, values]) => ({ key, values }));
  entries.sort((a, b) => byCodePoint(a.key, b.key));
  return { entries, reversePreferences: new Map() };
}

/** extract_tofu_risk.py: the mappings that follow '# @tofu-risk:' lines in TSCharacters, without the identity. */
function tofuRiskExtension(name) {
  const lines = fs.readFileSync(path.join(dictDir, name + '.txt'), 'utf8').split('\n');
  const entries = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('# @tofu-risk:')) return;
    const mapping = lines[i + 1].replace(/\r$/, '');
    const tab = mapping.indexOf('\t');
    const key = mapping.slice(0, tab);
    let values = mapping.slice(tab + 1).split(/\s+/).filter(Boolean);
    if (values[0] === key) values = values.slice(1);
    entries.push({ key, values });
  });
  return { entries, reversePreferences: new Map() };
}

/** A longest-match lookup over one dictionary's first candidates. */
function matcher(dict) {
  const map = new Map(dict.entries.map(e => [e.key, e.values[0]]));
  const maxLength = Math.max(0, ...dict.entries.map(e => e.key.length));
  return (s, i) => {
    for (let n = Math.min(maxLength, s.length - i); n > 0; n--) {
      const v = map.get(s.substr(i, n));
      if (v !== undefined) return { length: n, value: v };
    }
    return null;
  };
}

/**
 * generate_st_phrases_from_regional_phrases.py: the regional phrase keys run through OpenCC's t2s with the
 * tofu-risk dictionaries (normalization, then the short-circuit group TSPhrases, TSCharactersExt, TSCharacters);
 * converted keys of 3+ characters map back to the first original key.
 */
function stPhrasesFromRegionalPhrases(dicts) {
  const normalize = matcher(dicts.CJK_Compatibility_Ideographs);
  const group = [matcher(dicts.TSPhrases), matcher(dicts.TSCharactersExt), matcher(dicts.TSCharacters)];
  const run = (s, steps) => {
    let out = '';
    for (let i = 0; i < s.length;) {
      let m = null;
      for (const step of steps) if ((m = step(s, i))) break;
      if (m) { out += m.value; i += m.length; } else { const n = s.codePointAt(i) > 0xffff ? 2 : 1; out += s.substr(i, n); i += n; }
    }
    return out;
  };
  const collisions = new Map();
  for (const name of ['HKPhrases', 'TWPhrases']) {
    for (const { key } of dicts[name].entries) {
      const converted = run(run(key, [normalize]), group);
      if ([...converted].length < 3) continue;
      if (!collisions.has(converted)) collisions.set(converted, []);
      collisions.get(converted).push(key);
    }
  }
  for (const [key, values] of collisions) {
    if (new Set(values).size > 1) throw new Error(`conflicting regional phrase projections for ${key}: ${values.join(' ')}`);
  }
  const entries = [...collisions].map(([key, values]) => ({ key, values: [values[0]] }));
  entries.sort((a, b) => byCodePoint(a.key, b.key));
  return { entries, reversePreferences: new Map() };
}

function encode(dict) {
  // opencc-js loads a dictionary's lines in order, so a repeated key keeps its last value. Entries are then sorted
  // by UTF-16 code units (ordinal), so the runtime merges and builds its trie without sorting.
  const entries = new Map();
  for (const { key, values } of dict.entries) {
    const value = values[0];
    if (value === undefined || value === '') throw new Error(`entry ${key} has no value`);
    if (key.length > 0xffff || value.length > 0xffff) throw new Error(`entry ${key} too long`);
    entries.set(key, value);
  }
  const units = [];
  for (const key of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const value = entries.get(key);
    if (key.length === 1 && value === key) continue;
    units.push(key.length);
    for (let i = 0; i < key.length; i++) units.push(key.charCodeAt(i));
    units.push(value.length);
    for (let i = 0; i < value.length; i++) units.push(value.charCodeAt(i));
  }
  const buffer = Buffer.alloc(units.length * 2);
  units.forEach((u, i) => buffer.writeUInt16LE(u, i * 2));
  return buffer;
}

function writeIfChanged(file, content) {
  if (fs.existsSync(file) && fs.readFileSync(file).equals(content)) return false;
  // Write beside and rename: a build running at the same time never reads a half-written file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
  return true;
}

const names = fs.readdirSync(dictDir).filter(f => f.endsWith('.txt')).map(f => f.slice(0, -4));
const dicts = {};
for (const name of names) dicts[name] = readDict(name);
for (const name of ['TWVariants', 'HKVariants', 'JPShinjitaiCharacters']) dicts[name + 'Rev'] = reverse(dicts[name]);
dicts.TSCharactersExt = tofuRiskExtension('TSCharacters');
dicts.STPhrases_GeneratedFromRegionalPhrases = stPhrasesFromRegionalPhrases(dicts);

fs.mkdirSync(outDir, { recursive: true });
let written = 0;
for (const [name, dict] of Object.entries(dicts)) {
  if (name === 'TSCharactersExt') continue; // only needed to generate the regional ST phrases
  if (writeIfChanged(path.join(outDir, name + '.bin'), encode(dict))) written++;
}
console.log(`opencc dictionaries: ${Object.keys(dicts).length - 1} in ${outDir} (${written} rewritten)`);
