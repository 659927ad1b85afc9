#!/usr/bin/env node
// The quizdeck-content command. The package ships TypeScript source with no build
// step, so this plain ESM shim loads src/cli/main.ts through tsx's import API.
import { tsImport } from "tsx/esm/api";

// A reader that stops early (`... | head`) closes the pipe: stop quietly, no stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await tsImport("../src/cli/main.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
