import { TAG_IDS, type TagId } from "../bank/tags.ts";
import { COGNITIVE_LEVELS, type CognitiveLevel } from "../schema/question.ts";

export interface ReadTags {
  tags: TagId[];
  labels: string[];
  difficulty: 1 | 2 | 3 | undefined;
  level: CognitiveLevel | undefined;
}

/**
 * Sorts a source's tags: quizdeck's own exports write "difficulty-<1..3>" and
 * "level-<level>" (read back as the item's difficulty and level) and tag ids from the
 * vocabulary (kept as tags); everything else is kept as a free-form label.
 */
export function readSourceTags(source: readonly string[]): ReadTags {
  const read: ReadTags = { tags: [], labels: [], difficulty: undefined, level: undefined };
  for (const raw of source) {
    const tag = raw.trim();
    if (tag === "") continue;
    const difficulty = /^difficulty-([123])$/.exec(tag)?.[1];
    const level = /^level-(.+)$/.exec(tag)?.[1];
    if (difficulty !== undefined) {
      read.difficulty = Number(difficulty) as 1 | 2 | 3;
    } else if (level !== undefined && isLevel(level)) {
      read.level = level;
    } else if (isTagId(tag)) {
      if (!read.tags.includes(tag)) read.tags.push(tag);
    } else if (!read.labels.includes(tag)) {
      read.labels.push(tag);
    }
  }
  return read;
}

function isTagId(value: string): value is TagId {
  return (TAG_IDS as readonly string[]).includes(value);
}

function isLevel(value: string): value is CognitiveLevel {
  return (COGNITIVE_LEVELS as readonly string[]).includes(value);
}
