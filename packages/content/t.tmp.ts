import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { importContent } from "./src/import/index.ts";
const F = "test/fixtures/import";
const show = (name: string, r: ReturnType<typeof importContent>) => {
  console.log("=== " + name);
  for (const e of r.report) console.log(JSON.stringify(e));
  for (const q of [...r.questions, ...r.flashcards]) console.log("  ", JSON.stringify(q).slice(0, 300));
};
show("moodle", importContent(readFileSync(`${F}/moodle-html-cdata.xml`), "moodle-xml"));
show("qti21", importContent(readFileSync(`${F}/qti21-choice-item.xml`), "qti"));
show("qti21te", importContent(readFileSync(`${F}/qti21-text-entry-item.xml`), "qti"));
show("qti30", importContent(readFileSync(`${F}/qti30-multiple-response-item.xml`), "qti"));
const files: Record<string, Uint8Array> = {};
const walk = (d: string, p = "") => { for (const n of readdirSync(d)) { const f = join(d, n); if (statSync(f).isDirectory()) walk(f, `${p}${n}/`); else files[`${p}${n}`] = readFileSync(f); } };
walk(`${F}/qti30-package`);
show("pkg", importContent(zipSync(files), "qti"));
show("quizlet", importContent(readFileSync(`${F}/quizlet-export.txt`), "quizlet"));
show("quizlet2", importContent(readFileSync(`${F}/quizlet-custom-separators.txt`), "quizlet", { quizlet: { termSeparator: ";", cardSeparator: "||" } }));
show("csv", importContent(readFileSync(`${F}/kahoot-style.csv`), "csv"));
for (const [f, fmt] of [["malformed-moodle.xml", "moodle-xml"], ["malformed.gift", "gift"], ["malformed.csv", "csv"], ["malformed-qti.txt", "qti"]] as const) {
  try { importContent(readFileSync(`${F}/${f}`), fmt); console.log("NO ERROR", f); } catch (e) { console.log(f, "->", (e as Error).name, (e as Error).message); }
}
