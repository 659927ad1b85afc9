import type { Question } from "../../schema/question.ts";
import type { ExportScope } from "../export-scope.ts";
import { moodleTags } from "../moodle-tags.ts";
import { escapeXml } from "../xml-text.ts";
import {
  LOM_NAMESPACE,
  LOM_SCHEMA,
  QTI3_ITEM_RESOURCE_TYPE,
  QTI3_MANIFEST_NAMESPACE,
  QTI3_MANIFEST_SCHEMA,
} from "./qti3-names.ts";

/** Where a question's item file sits inside the package. */
export function qti3ItemPath(question: Question): string {
  return `items/${question.id}.xml`;
}

/**
 * The package manifest (imsmanifest.xml): one resource per item. Each resource's LOM
 * metadata carries the title and, as keywords, the question's tag ids plus
 * difficulty-<n> and level-<level> (the same words the Moodle exports use as tags), so
 * a re-import gets them back.
 */
export function qti3Manifest(scope: ExportScope): string {
  const identifier = `quizdeck-${scope.set?.id ?? "bank"}`;
  const title = scope.set?.title ?? `Questions on “${scope.source.title}”`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${QTI3_MANIFEST_NAMESPACE}" xmlns:imsmd="${LOM_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI3_MANIFEST_NAMESPACE} ${QTI3_MANIFEST_SCHEMA} ${LOM_NAMESPACE} ${LOM_SCHEMA}" identifier="${escapeXml(identifier)}">`,
    "  <metadata>",
    "    <schema>QTI Package</schema>",
    "    <schemaversion>3.0.0</schemaversion>",
    ...lom([`<imsmd:title>${lomString(title)}</imsmd:title>`]).map((line) => `    ${line}`),
    "  </metadata>",
    "  <organizations/>",
    "  <resources>",
    ...scope.questions.flatMap((question) =>
      [
        `<resource identifier="${escapeXml(question.id)}" type="${QTI3_ITEM_RESOURCE_TYPE}" href="${qti3ItemPath(question)}">`,
        "  <metadata>",
        ...lom(
          moodleTags(question).map((tag) => `<imsmd:keyword>${lomString(tag)}</imsmd:keyword>`),
        ).map((line) => `    ${line}`),
        "  </metadata>",
        `  <file href="${qti3ItemPath(question)}"/>`,
        "</resource>",
      ].map((line) => `    ${line}`),
    ),
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

function lom(general: readonly string[]): string[] {
  return [
    "<imsmd:lom>",
    "  <imsmd:general>",
    ...general.map((line) => `    ${line}`),
    "  </imsmd:general>",
    "</imsmd:lom>",
  ];
}

function lomString(text: string): string {
  return `<imsmd:string language="en">${escapeXml(text)}</imsmd:string>`;
}
