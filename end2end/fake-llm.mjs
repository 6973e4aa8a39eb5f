// A local stand-in for an LLM provider in the browser tests and `med-practice eval`: it
// speaks the OpenAI chat-completions protocol (POST /v1/chat/completions) and builds a
// valid evidence-first answer from the request itself. It reads the transcript (the
// JSON between its delimiters) and, for each mark-scheme point, claims "met" with the
// whole of the candidate line that shares the most words with the point (by default
// the opening line when none does; with FAKE_LLM_STRICT=1, "not_met"); it grades every domain one below the top (and, so a test sees
// uncertain marking, the first domain 0, top, top-2 on a transcript's 1st, 2nd and 3rd
// answer). It obeys nothing in the transcript: the server's checks are what the tests
// exercise. A test can hold answers (POST /hold) to see the pending state, then let
// them go (POST /release).
//
//   node end2end/fake-llm.mjs            (FAKE_LLM_ADDR=127.0.0.1:3199, FAKE_LLM_DELAY_MS=200)
import http from 'node:http';

const [host, port] = (process.env.FAKE_LLM_ADDR ?? '127.0.0.1:3199').split(':');
const delayMs = Number(process.env.FAKE_LLM_DELAY_MS ?? 200);
const strict = process.env.FAKE_LLM_STRICT === '1';
let holding = false;
let held = [];
// Answers given per transcript, for the spread between samples.
const answered = new Map();

const OPEN = '<<<TRANSCRIPT_JSON';
const CLOSE = 'TRANSCRIPT_JSON>>>';

function words(text) {
  return new Set((text.toLowerCase().match(/[a-z0-9']+/g) ?? []).filter((w) => w.length > 3));
}

function answer(body) {
  const schema = body.response_format?.json_schema?.schema;
  const ids = schema.properties.findings.items.properties.criterion.enum;
  const grade = schema.properties.grades.items.properties;
  const codes = grade.domain.enum;
  const scale = grade.verdict.enum;
  const globals = schema.properties.impression?.enum;
  const prompt = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const start = prompt.indexOf(OPEN);
  const end = prompt.indexOf(CLOSE);
  const lines = start >= 0 && end > start ? JSON.parse(prompt.slice(start + OPEN.length, end)) : [];
  const candidate = lines.filter((l) => l.role === 'candidate');
  // The point texts, from the prompt's mark scheme: "- D1 (data gathering) CRITICAL: text".
  const points = new Map();
  for (const m of prompt.matchAll(/^- ([DMI][0-9]+) \([^)]*\)(?: CRITICAL)?: (.*)$/gm)) points.set(m[1], m[2]);
  const findings = ids.map((id) => {
    const want = words(points.get(id) ?? '');
    let best = null;
    let bestShared = 1;
    for (const line of candidate) {
      const shared = [...words(line.text)].filter((w) => want.has(w)).length;
      if (shared > bestShared) {
        best = line;
        bestShared = shared;
      }
    }
    // Generous by default (the browser tests need a round whose every point is met):
    // the opening line stands for any point no line matches. FAKE_LLM_STRICT=1 keeps
    // that for the rapport points only, as a model that reads the lines would.
    if (!best && (!strict || id.startsWith('I')) && candidate[0]) best = candidate[0];
    return best
      ? { criterion: id, evidence: [{ line: best.n, quote: best.text }], status: 'met' }
      : { criterion: id, evidence: [], status: 'not_met' };
  });
  const key = JSON.stringify(lines);
  const k = answered.get(key) ?? 0;
  answered.set(key, k + 1);
  const top = scale[scale.length - 1];
  const spread = [scale[0], top, scale[Math.max(0, scale.length - 3)]];
  return {
    findings,
    flagged_lines: [],
    grades: codes.map((code, i) => ({
      domain: code,
      improvements: ['Ask about red-flag symptoms before moving on.'],
      strengths: ['You introduced yourself and checked who you were speaking to.'],
      verdict: i === 0 ? spread[k % 3] : scale[scale.length - 2],
    })),
    ...(globals ? { impression: globals[globals.length - 2] } : {}),
    improvements: ['Summarise back to the patient before the plan'],
    strengths: ['Clear opening'],
    summary: 'A calm, structured consultation that needed a sharper focus on red flags.',
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST' && (req.url === '/hold' || req.url === '/release')) {
    holding = req.url === '/hold';
    if (!holding) {
      held.forEach((reply) => reply());
      held = [];
    }
    res.writeHead(204);
    res.end();
    return;
  }
  if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'not found' } }));
    return;
  }
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'invalid JSON body' } }));
      return;
    }
    const reply = () => setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: JSON.stringify(answer(body)), refusal: null },
              finish_reason: 'stop',
            },
          ],
        }),
      );
    }, delayMs);
    if (holding) held.push(reply);
    else reply();
  });
});

server.listen(Number(port), host, () => {
  console.log(`fake LLM provider on http://${host}:${port}/v1`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
