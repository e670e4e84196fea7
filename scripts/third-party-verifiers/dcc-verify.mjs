// Verify one credential file with the Digital Credentials Consortium verifier (@digitalcredentials/verifier-core),
// the library behind VerifierPlus and the Learner Credential Wallet, and print its result as JSON.
//
//   ENDORSEBOT_NPM_DIR=~/.cache/endorsebot-npm node scripts/third-party-verifiers/dcc-verify.mjs CREDENTIAL.json
//
// Offline and repeatable: every HTTP fetch the verifier makes is answered from ENDORSEBOT_OFFLINE_URLS, a JSON
// object mapping a URL to a local file (a did:web document from `endorsebot keys publish`, a JSON Schema);
// any other URL fails at once, as on a machine without network. did:key needs no fetch at all.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The verifier logs its own progress with console.log; keep stdout for the result.
console.log = (...args) => console.error(...args);

const offline = JSON.parse(process.env.ENDORSEBOT_OFFLINE_URLS || '{}');
globalThis.fetch = async (input) => {
  const url = typeof input === 'string' ? input : input.url;
  if (url in offline) {
    return new Response(readFileSync(offline[url]), { status: 200, headers: { 'content-type': 'application/json' } });
  }
  throw new TypeError(`fetch failed: offline, ${url} is not served`);
};

const require = createRequire(`${process.env.ENDORSEBOT_NPM_DIR}/package.json`);
const { verifyCredential } = await import(require.resolve('@digitalcredentials/verifier-core'));
const credential = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// No issuer registries: whether an issuer is "known" is each relying party's trust decision, not a signature check.
const result = await verifyCredential({ credential, knownDIDRegistries: [] });
const printable = JSON.parse(JSON.stringify(result, (key, value) => (key === 'stackTrace' ? String(value) : value)));
delete printable.credential;
process.stdout.write(`${JSON.stringify(printable, null, 2)}\n`);
