// A minimal client of dkgdpr serve: Node's built-in fetch, nothing else.
// Every operation is POST /v1/<package>/<operation> with a JSON request;
// errors are RFC 9457 problems (application/problem+json).

/**
 * Calls one operation.
 * @param {string} base  the server's URL, e.g. "http://127.0.0.1:8080"
 * @param {string} name  the operation, e.g. "rights/deadline"
 * @param {unknown} request  the request, encoded as JSON (a string is sent as it is)
 * @param {{token?: string}} [options]  the bearer token, if the server has one
 * @returns {Promise<{status: number, contentType: string, body: any}>}
 */
export async function call(base, name, request, options = {}) {
  const headers = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const res = await fetch(`${base}/v1/${name}`, {
    method: 'POST',
    headers,
    body: typeof request === 'string' ? request : JSON.stringify(request),
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.json() };
}

/**
 * Fetches the server's OpenAPI document.
 * @param {string} base
 * @param {{token?: string}} [options]
 * @returns {Promise<{text: string, doc: any}>}
 */
export async function openapi(base, options = {}) {
  const headers = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  const res = await fetch(`${base}/openapi.json`, { headers });
  if (!res.ok) throw new Error(`GET /openapi.json: ${res.status}`);
  const text = await res.text();
  return { text, doc: JSON.parse(text) };
}
