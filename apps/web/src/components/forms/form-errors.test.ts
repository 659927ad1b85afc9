import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { StartPracticeForm } from "../practice/start-practice-form";
import { JoinClassForm } from "../student/join-class-form";
import { AccommodationForm } from "../teacher/accommodation-form";
import { AssignmentForm, type AssignmentFormValues } from "../teacher/assignment-form";
import { CreateClassForm } from "../teacher/create-class-form";
import { RenameClassForm } from "../teacher/rename-class-form";

/** The state every form's action hook returns in these tests: what the server said last. */
const mocked = vi.hoisted(() => ({ state: {} as FormState }));

vi.mock("@/lib/forms/use-form-action", () => ({
  useFormAction: () => ({
    state: mocked.state,
    formAction: () => undefined,
    pending: false,
    errorsFor: (name: string) => (mocked.state.ok ? undefined : mocked.state.fieldErrors?.[name]),
    typedValue: (name: string) => mocked.state.values?.[name],
  }),
}));
// The forms only pass their actions on; the real ones would bring the server with them.
vi.mock("@/lib/actions/class-actions", () => ({
  createClassAction: vi.fn(),
  renameClassAction: vi.fn(),
  joinClassAction: vi.fn(),
}));
vi.mock("@/lib/actions/assignment-actions", () => ({
  createAssignmentAction: vi.fn(),
  updateAssignmentAction: vi.fn(),
  setAccommodationAction: vi.fn(),
}));
vi.mock("@/lib/actions/attempt-actions", () => ({ startPracticeAction: vi.fn() }));

const INITIAL: AssignmentFormValues = {
  title: "",
  opensAt: "2026-03-01T09:00",
  dueAt: "",
  attemptsAllowed: "",
  timeLimitMinutes: "",
  shuffleQuestions: false,
  shuffleOptions: false,
  allowLate: false,
  // Dates shown, so their fields are on the form too.
  answerRelease: "on_date",
  answersReleaseAt: "",
  scoreRelease: "on_date",
  scoreReleaseAt: "",
  retentionPercent: "",
  retentionUntil: "",
};

const FORMS: [string, () => ReactElement][] = [
  ["create class", () => createElement(CreateClassForm)],
  ["rename class", () => createElement(RenameClassForm, { classId: "c1", name: "Period 3" })],
  ["join class", () => createElement(JoinClassForm, {})],
  [
    "practice",
    () =>
      createElement(StartPracticeForm, {
        id: "practice",
        label: "Start practice",
        withOptions: true,
        count: { max: 20, initial: 10 },
      }),
  ],
  [
    "create assignment",
    () =>
      createElement(AssignmentForm, {
        mode: "create",
        classId: "c1",
        timeZone: "UTC",
        initial: INITIAL,
        sets: [{ id: "s1", title: "Set one", questionCount: 5, flashcardCount: 2 }],
        librarySets: [],
        questions: [],
        tags: [],
      }),
  ],
  [
    "edit assignment",
    () =>
      createElement(AssignmentForm, {
        mode: "edit",
        assignmentId: "a1",
        started: false,
        timeZone: "UTC",
        initial: INITIAL,
      }),
  ],
  [
    "accommodation",
    () =>
      createElement(AccommodationForm, {
        assignmentId: "a1",
        students: [{ id: "u1", name: "Ana" }],
        timeZone: "UTC",
      }),
  ],
];

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** The names of the fields a person fills in: every named control but hidden inputs. */
function fieldNames(html: string): string[] {
  const names = [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)]
    .filter((tag) => !/type="hidden"/.test(tag[0]))
    .map((tag) => /name="([^"]+)"/.exec(tag[0])?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}

/** What each field is called on the page: its <label>, or its group's <legend>. */
function labelTexts(html: string): string[] {
  return [...html.matchAll(/<(label|legend)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) =>
    textOf(match[2] ?? "").trim(),
  );
}

function render(form: () => ReactElement, state: FormState): string {
  mocked.state = state;
  return renderToStaticMarkup(form());
}

describe("form errors are written for people", () => {
  it.each(FORMS)(
    "%s: each message once, under its field; the summary names fields by their labels",
    (_, form) => {
      const names = fieldNames(render(form, {}));
      expect(names.length).toBeGreaterThan(0);
      const fieldErrors = Object.fromEntries(
        names.map((name, index) => [name, [`Problem number ${index + 1} here.`]]),
      );
      const html = render(form, { fieldErrors, values: {} });
      const text = textOf(html);

      for (const [index] of names.entries()) {
        const message = `Problem number ${index + 1} here.`;
        expect(text.split(message).length - 1, `${names[index]}: "${message}"`).toBe(1);
      }
      // Nothing calls a field by its name in the code.
      for (const name of names) {
        if (/[A-Z]/.test(name)) expect(text).not.toContain(name);
        expect(text).not.toContain(`${name}:`);
      }
      // The summary's names are the labels the fields show.
      const summary = /Please check (?:this field|these fields): ([^.]*)\./.exec(text);
      const labels = labelTexts(html);
      for (const named of summary?.[1]?.split(", ") ?? []) {
        expect(labels, `"${named}" is not a label of the form`).toContain(named);
      }
    },
  );

  it("names a field once even when the form and the use case call it differently", () => {
    const form = FORMS.find(([name]) => name === "edit assignment")?.[1];
    if (!form) throw new Error("no assignment form");
    const text = textOf(
      render(form, {
        fieldErrors: {
          retentionPercent: ["Enter a whole number."],
          retentionTarget: ["Choose 70% to 99%."],
        },
      }),
    );
    expect(text).toContain("Please check this field: Keep predicted recall at least (%).");
    expect(text).toContain("Enter a whole number. Choose 70% to 99%.");
  });
});
