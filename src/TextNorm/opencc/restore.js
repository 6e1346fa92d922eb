#!/usr/bin/env node
// Build step: restores npm opencc (pinned by package-lock.json) into node_modules beside this file. Installs into a
// private temporary folder and renames it into place, so builds running at the same time (several target frameworks,
// several projects) never see a half-written node_modules; whoever finishes second just discards its copy.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const dir = __dirname;
const target = path.join(dir, 'node_modules');
const marker = path.join(target, 'opencc', 'package.json');
if (fs.existsSync(marker)) process.exit(0);

const work = fs.mkdtempSync(path.join(dir, '.restore-'));
try {
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(dir, f), path.join(work, f));
  const flags = '--ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error';
  try {
    execSync(`npm ci ${flags}`, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch {
    // npm ci wants a lock listing every platform's optional binary; some registries lack them. A plain install
    // still honours the pinned version and integrity of package-lock.json.
    execSync(`npm install ${flags} --no-save`, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  try {
    fs.renameSync(path.join(work, 'node_modules'), target);
  } catch (error) {
    if (!fs.existsSync(marker)) throw error; // another build put it in place first
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
if (!fs.existsSync(marker)) {
  console.error(`restore.js: npm opencc was not restored into ${target}`);
  process.exit(1);
}
