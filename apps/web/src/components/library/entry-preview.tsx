"use client";

import { useState } from "react";
import type { CatalogQuestion } from "@/lib/library/catalog-types";
import { LivePreview } from "./live-preview";

/** "Preview" for one question of a set or the catalog: shown on request, as students see it. */
export function EntryPreview({ entry }: { entry: CatalogQuestion }) {
  const [open, setOpen] = useState(false);
  const id = `preview-${entry.key.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <div>
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`${open ? "Hide preview" : "Preview"}: ${entry.question.prompt}`}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide preview" : "Preview"}
      </button>
      {open ? (
        <div id={id} className="card">
          <LivePreview question={entry.question} source={entry.source} idPrefix={id} />
        </div>
      ) : null}
    </div>
  );
}
