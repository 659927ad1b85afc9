import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TextField } from "./text-field";

const render = (props: Parameters<typeof TextField>[0]) =>
  renderToStaticMarkup(createElement(TextField, props));

describe("TextField", () => {
  it("is a text box when no type is given", () => {
    expect(render({ name: "name", label: "Class name" })).toContain('type="text"');
  });

  it("counts the characters of a field with a limit, tied to the field for screen readers", () => {
    const html = render({
      name: "name",
      label: "Class name",
      maxLength: 80,
      defaultValue: "Period 3",
    });
    expect(html).toContain("8 of 80 characters");
    expect(html).toMatch(/aria-describedby="field-name-count"/);
    expect(html).toContain('id="field-name-count"');
    // The notice for a paste cut at the limit is in place, empty, before it is needed.
    expect(html).toMatch(/<span class="field-cut" id="field-name-cut" role="status"><\/span>/);
  });

  it("does not count a password, but still has the notice for a cut paste", () => {
    const html = render({ name: "password", label: "Password", type: "password", maxLength: 128 });
    expect(html).not.toContain("characters");
    expect(html).toContain('role="status"');
  });

  it("has neither without a limit", () => {
    const html = render({ name: "code", label: "Code" });
    expect(html).not.toContain("characters");
    expect(html).not.toContain('role="status"');
  });
});
