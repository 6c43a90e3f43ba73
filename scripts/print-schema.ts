import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../src/schema/build-schema';

/** Writes schema/schema.graphql from the code (`npm run schema:print`). */
async function main(): Promise<void> {
  const out = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
  writeFileSync(out, printAppSchema(await buildAppSchema()));
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
