// Worker entry when running from TypeScript sources (vitest): dist/ has extract.worker.js,
// compiled by tsc, and the pool never loads this file there. Same transpile options as
// tests/fixtures/run-service.cjs (decorator metadata is harmless for the extractor).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        useDefineForClassFields: false,
      },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
}

module.exports = require(path.join(__dirname, 'extract.worker.ts')).default;
