"use client";

import { saveLibraryImportAction } from "@/lib/actions/library-actions";
import { useFormAction } from "@/lib/forms/use-form-action";
import { FormMessage } from "../forms/form-message";

/** Saving a previewed import into the library, with or without a set of its items. */
export function SaveImportForm({ importId, count }: { importId: string; count: number }) {
  const { state, formAction, pending } = useFormAction(saveLibraryImportAction);
  return (
    <form action={formAction} aria-describedby="save-import-message" className="stack">
      <FormMessage state={state} id="save-import-message" />
      <input type="hidden" name="importId" value={importId} />
      <label style={{ fontWeight: "normal" }}>
        <input type="checkbox" name="makeSet" defaultChecked /> Also make a set of them
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${count} ${count === 1 ? "item" : "items"} to your library`}
        </button>
      </div>
    </form>
  );
}
