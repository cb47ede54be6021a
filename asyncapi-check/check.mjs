// Parses each service's AsyncAPI document with the official parser (@asyncapi/parser, which applies the AsyncAPI
// Spectral ruleset) and fails if a document does not parse or has any error or warning. Information and hints
// are printed only: the one left is "asyncapi-latest-version" (the documents stay on AsyncAPI 2.6, which the
// services' contract tests read).
import { DiagnosticSeverity, Parser, fromFile } from '@asyncapi/parser';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documents = ['citizen-registry', 'departure-coordination', 'flight-manifest']
  .map((service) => path.join(root, service, 'src/main/resources/asyncapi.yaml'));
const severities = ['error', 'warning', 'information', 'hint'];

const parser = new Parser();
let failed = false;
for (const file of documents) {
  const { document, diagnostics } = await fromFile(parser, file).parse();
  const name = path.relative(root, file);
  for (const diagnostic of diagnostics) {
    console.log(`${name}: ${severities[diagnostic.severity]} ${diagnostic.code}: ${diagnostic.message}`
      + ` (at ${diagnostic.path.join('.') || 'the root'})`);
  }
  const blocking = diagnostics.filter((d) => d.severity <= DiagnosticSeverity.Warning).length;
  console.log(`${name}: ${document ? 'parsed' : 'NOT PARSED'}, ${blocking} errors and warnings`);
  failed ||= !document || blocking > 0;
}
process.exit(failed ? 1 : 0);
