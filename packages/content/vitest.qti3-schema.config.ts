import { defineProject } from "vitest/config";

// `npm run check:qti3-schema`: the QTI 3.0 export against the official XSDs, which this
// repository does not carry (vendor/README.md). Not part of `npm test`, which must run anywhere.
export default defineProject({
  test: {
    name: "content-qti3-schema",
    include: ["test/export-qti3-schema.check.ts"],
  },
});
