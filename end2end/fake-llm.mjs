// A local stand-in for an LLM provider in the browser tests: it speaks the OpenAI
// chat-completions protocol (POST /v1/chat/completions) and builds a valid answer from
// the request itself: the schema's domains and scale, and a quote from the
// transcript's first candidate line. A test can hold answers (POST /hold) to see the
// pending state, then let them go (POST /release).
//
//   node end2end/fake-llm.mjs            (FAKE_LLM_ADDR=127.0.0.1:3199, FAKE_LLM_DELAY_MS=200)
import http from 'node:http';

const [host, port] = (process.env.FAKE_LLM_ADDR ?? '127.0.0.1:3199').split(':');
const delayMs = Number(process.env.FAKE_LLM_DELAY_MS ?? 200);
let holding = false;
let held = [];

function answer(body) {
  const schema = body.response_format?.json_schema?.schema;
  const domain = schema.properties.domains.items.properties;
  const codes = domain.code.enum;
  const scale = domain.score.enum;
  const globals = schema.properties.global_judgement?.enum;
  const prompt = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const candidateLines = prompt
    .split('\n')
    .map((line) => line.split(' Candidate: ')[1])
    .filter(Boolean);
  const quote = candidateLines[0] ?? '';
  return {
    domains: codes.map((code, i) => ({
      code,
      // The first domain lands two points away from the top of the scale, so a
      // partner who gives full marks sees the disagreement flagged.
      score: i === 0 ? scale[Math.max(0, scale.length - 3)] : scale[scale.length - 2],
      evidence: quote ? [quote] : [],
      strengths: ['You introduced yourself and checked who you were speaking to.'],
      improvements: ['Ask about red-flag symptoms before moving on.'],
    })),
    global_judgement: globals ? globals[globals.length - 2] : null,
    summary: 'A calm, structured consultation that needed a sharper focus on red flags.',
    strengths: ['Clear opening'],
    improvements: ['Summarise back to the patient before the plan'],
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
