// The files of the main package: everything but what project.config.json's packOptions leave out.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** @returns {Array<{rel: string, size: number}>} */
function packaged() {
  const ignore = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')).packOptions.ignore;
  const skip = (rel, isDir) => ignore.some((i) => (i.type === 'folder' && isDir && rel === i.value)
    || (i.type === 'file' && rel === i.value) || (i.type === 'suffix' && rel.endsWith(i.value)));
  const out = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full);
      if (e.name.startsWith('.') || skip(rel, e.isDirectory())) continue;
      if (e.isDirectory()) walk(full); else out.push({ rel, size: fs.statSync(full).size });
    }
  })(root);
  return out;
}

module.exports = { packaged };
