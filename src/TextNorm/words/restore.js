#!/usr/bin/env node
// Build step: fetches the pinned npm tarball named in words.json (npm pack: no install scripts, no dependencies),
// checks its sha512 against the pin, and extracts the one dictionary file into the folder given. Works in a private
// temporary folder and renames the result into place, so parallel builds never see a half-written file.
//
//   node restore.js OUTPUT_FILE
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const [, , output] = process.argv;
if (!output) {
  console.error('usage: node restore.js OUTPUT_FILE');
  process.exit(2);
}
if (fs.existsSync(output)) process.exit(0);
const pin = JSON.parse(fs.readFileSync(path.join(__dirname, 'words.json'), 'utf8'));
fs.mkdirSync(path.dirname(output), { recursive: true });
const work = fs.mkdtempSync(path.join(path.dirname(output), '.restore-'));
try {
  const name = execFileSync('npm', ['pack', `${pin.package}@${pin.version}`, '--silent', '--pack-destination', work],
    { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  const tarball = path.join(work, name);
  const integrity = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64');
  if (integrity !== pin.integrity) throw new Error(`${name}: integrity ${integrity} does not match the pin ${pin.integrity}`);
  execFileSync('tar', ['-xzf', tarball, '-C', work, pin.file], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    fs.renameSync(path.join(work, pin.file), output);
  } catch (error) {
    if (!fs.existsSync(output)) throw error; // another build put it in place first
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
