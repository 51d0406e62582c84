// Calls every operation of the OpenAPI document on a running dkgdpr serve
// (DKGDPR_URL, default http://127.0.0.1:8080) with one valid and one
// invalid request, and validates every answer, errors included, against
// the document's schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { call, openapi } from './client.js';

const base = process.env.DKGDPR_URL ?? 'http://127.0.0.1:8080';
const token = process.env.DKGDPR_TOKEN;

const { text, doc } = await openapi(base, { token });

// The formats the document uses, as RFC 3339 defines them.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
ajv.addSchema(doc, 'openapi.json');

/** The validator of a schema object of the document ({$ref} or inline). */
function validator(schema) {
  if (schema.$ref) return ajv.getSchema(`openapi.json${schema.$ref}`);
  return ajv.compile(schema);
}

/** The schema of a response of an operation, following a $ref to components.responses. */
function responseSchema(operation, status, mediaType) {
  let r = operation.responses[String(status)];
  assert.ok(r, `the document has no ${status} response`);
  if (r.$ref) r = doc.components.responses[r.$ref.split('/').pop()];
  const content = r.content?.[mediaType];
  assert.ok(content, `the ${status} response has no ${mediaType}`);
  return content.schema;
}

function assertValid(schema, value, what) {
  const validate = validator(schema);
  assert.ok(validate, `no validator for ${what}`);
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`);
}

test('the served document is schema/openapi.json, byte for byte', async () => {
  const committed = await readFile(new URL('../../schema/openapi.json', import.meta.url), 'utf8');
  assert.equal(text, committed);
  assert.equal(doc.openapi, '3.1.0');
});

const operations = Object.entries(doc.paths)
  .filter(([path, item]) => path.startsWith('/v1/') && item.post)
  .map(([path, item]) => ({ name: path.slice('/v1/'.length), operation: item.post }));

test('the document lists every operation of the contract', () => {
  // 21 when this client was written; an operation added later is exercised
  // below without a change here.
  assert.ok(operations.length >= 21, `${operations.length} operations`);
  for (const { name, operation } of operations) {
    assert.ok(operation.requestBody.content['application/json'].example, `${name} has an example`);
  }
});

for (const { name, operation } of operations) {
  const request = operation.requestBody.content['application/json'];

  test(`${name}: a valid request is answered as documented`, async () => {
    assertValid(request.schema, request.example, `${name} example request`);
    const res = await call(base, name, request.example, { token });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.match(res.contentType, /^application\/json/);
    assertValid(responseSchema(operation, 200, 'application/json'), res.body, `${name} response`);
  });

  test(`${name}: an invalid request is a documented problem naming its field`, async () => {
    const bad = { unknownMember: 1, ...request.example };
    const res = await call(base, name, bad, { token });
    assert.equal(res.status, 400);
    assert.match(res.contentType, /^application\/problem\+json/);
    assertValid(responseSchema(operation, 400, 'application/problem+json'), res.body, `${name} problem`);
    assert.ok(res.body.problems.some((p) => p.path === 'unknownMember' && p.code === 'unknown_field'),
      JSON.stringify(res.body.problems));
  });
}

test('a misspelt code names its JSON field path', async () => {
  const res = await call(base, 'rights/deadline',
    { request: { kind: 'acess', receivedAt: '2025-01-31T16:45:00+01:00' } }, { token });
  assert.equal(res.status, 400);
  assert.deepEqual(res.body.problems.map((p) => [p.path, p.code]), [['request.kind', 'unknown_code']]);
});

test('the README exchange: an access request received 31 January 2025 is due 28 February', async () => {
  const res = await call(base, 'rights/deadline',
    { request: { kind: 'access', receivedAt: '2025-01-31T16:45:00+01:00' } }, { token });
  assert.equal(res.status, 200);
  assert.equal(res.body.deadline.day, '2025-02-28');
});

test('an unknown operation and a wrong method are documented problems', async () => {
  const notFound = await call(base, 'rights/nope', {}, { token });
  assert.equal(notFound.status, 404);
  const anyOperation = operations[0].operation;
  assertValid(responseSchema(anyOperation, 404, 'application/problem+json'), notFound.body, '404 problem');

  const res = await fetch(`${base}/v1/${operations[0].name}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  assert.equal(res.status, 405);
  assertValid(responseSchema(anyOperation, 405, 'application/problem+json'), await res.json(), '405 problem');
});

test('dpia/report: the document is base64 beside its media type, in every format', async () => {
  const { example } = doc.paths['/v1/dpia/report'].post.requestBody.content['application/json'];
  const starts = { html: '<!DOCTYPE html>', md: '# ', docx: 'PK\x03\x04' };
  for (const [format, start] of Object.entries(starts)) {
    const res = await call(base, 'dpia/report', { ...example, format }, { token });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { document } = res.body;
    assert.equal(document.format, format);
    assert.ok(document.fileName.endsWith(`.${format}`), document.fileName);
    const bytes = Buffer.from(document.content, 'base64');
    assert.equal(bytes.subarray(0, Buffer.byteLength(start, 'latin1')).toString('latin1'), start, format);
  }
});

test('the health check answers', async () => {
  const res = await fetch(`${base}/healthz`);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok\n');
});
