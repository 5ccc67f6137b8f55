// Thin client of the Turnus REST API: JSON in and out, problem+json errors turned into ApiError.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** One line per reported problem, each naming its JSON path. */
  lines() {
    const errors = this.problem.errors || [];
    return errors.length ? errors.map(e => `${e.path}: ${e.message}`) : [this.message];
  }
}

export async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json' } };
  // The service takes only JSON posts, with or without a body (its defence against cross-site forms).
  if (method !== 'GET') init.headers['Content-Type'] = 'application/json';
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(path, init);
  const text = await response.text();
  if (!response.ok) {
    let problem;
    try {
      problem = JSON.parse(text);
    } catch {
      problem = { title: response.statusText, detail: text };
    }
    throw new ApiError(response.status, problem);
  }
  return text ? JSON.parse(text) : null;
}

export const get = path => request('GET', path);
export const post = (path, body) => request('POST', path, body);

/** Follows a job's server-sent events; returns a function that stops listening. */
export function watchJob(jobId, { progress, end }) {
  const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
  source.addEventListener('progress', e => progress(JSON.parse(e.data)));
  source.addEventListener('end', e => {
    source.close();
    end(JSON.parse(e.data));
  });
  // The stream closes after 'end'; any other error (service restarted, network) also ends the watch.
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) return;
    source.close();
    get(`/api/jobs/${encodeURIComponent(jobId)}`).then(end, () => {});
  };
  return () => source.close();
}
