import { article } from "@quizdeck/content/article";
import { bank } from "@quizdeck/content/bank";
import {
  accuracyBand,
  type ParagraphAccuracy,
  paragraphCoverage,
  weakestParagraphs,
} from "@quizdeck/core/accuracy";
import { itemAnalysis } from "@quizdeck/core/analysis";
import { getDb } from "@quizdeck/db";
import { getAssignmentResults } from "@quizdeck/db/assignment";
import { DataError } from "@quizdeck/db/errors";
import { getParagraphAccuracy } from "@quizdeck/db/progress";
import type { Metadata } from "next";
import styles from "@/components/article/article.module.css";
import { ArticleParagraph, AuthorNote } from "@/components/article/article-paragraph";
import { resolveDeepLink } from "@/components/article/deep-link";
import { DeepLinkFocus, DeepLinkNotice } from "@/components/article/deep-link-views";
import { HeatLegend } from "@/components/article/heat-legend";
import { WeakestParagraphs } from "@/components/article/weakest-paragraphs";
import { getCurrentUser } from "@/lib/session";
import { analysisQuestions } from "@/lib/teacher/analysis-questions";

export const metadata: Metadata = { title: "Article" };

const coverage = paragraphCoverage(bank.questions, bank.flashcards);
const WEAKEST_SHOWN = 5;

export default async function ArticlePage({
  searchParams,
}: {
  searchParams: Promise<{
    p?: string | string[];
    q?: string | string[];
    assignment?: string | string[];
  }>;
}) {
  const params = await searchParams;
  const target = resolveDeepLink(article.paragraphs, params.p, params.q);
  const user = await getCurrentUser();
  const personal = user !== null;
  const classView =
    user?.role === "teacher" && typeof params.assignment === "string"
      ? await classParagraphAccuracy(user.id, params.assignment)
      : null;
  let accuracy = new Map<string, ParagraphAccuracy>();
  let answers = 0;
  if (classView) {
    ({ accuracy, answers } = classView);
  } else if (user) {
    ({ paragraphs: accuracy, answers } = await getParagraphAccuracy(getDb(), {
      userId: user.id,
    }));
  }
  const audience = classView ? "class" : "you";
  const weakest = weakestParagraphs(accuracy, article.paragraphs.length)
    .filter((entry) => accuracyBand(entry.meanScore) !== "strong")
    .slice(0, WEAKEST_SHOWN);
  const textOf = (id: string) =>
    article.paragraphs.find((paragraph) => paragraph.id === id)?.text ?? "";

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 id="article-title">{article.title}</h1>
        <p className={styles.byline}>
          By {article.author} · {article.publisher}
        </p>
      </header>

      {classView ? (
        <p className="notice">
          The margin shows the class's accuracy on “{classView.title}” (each student's first
          submitted attempt).
        </p>
      ) : null}
      <DeepLinkNotice target={target} />

      <div className={styles.tools}>
        <HeatLegend personal={personal} audience={audience} />
        {personal ? (
          <WeakestParagraphs
            weakest={weakest}
            answeredAny={answers > 0}
            textOf={textOf}
            audience={audience}
          />
        ) : null}
      </div>

      <article className={styles.body} aria-labelledby="article-title">
        {article.paragraphs.map((paragraph) =>
          paragraph.kind === "body" ? (
            <ArticleParagraph
              key={paragraph.id}
              paragraph={paragraph}
              coverage={coverage.get(paragraph.id)}
              accuracy={accuracy.get(paragraph.id)}
              personal={personal}
              target={target}
            />
          ) : (
            <AuthorNote key={paragraph.id} paragraph={paragraph} />
          ),
        )}
        <footer>
          <p className={styles.attribution}>{article.attribution}</p>
        </footer>
      </article>
      <DeepLinkFocus target={target} />
    </div>
  );
}

/**
 * A teacher's view of the article: the class's mean score per paragraph on one
 * of their assignments (from item analysis). Another teacher's assignment is
 * treated as absent, and the page falls back to the reader's own margin.
 */
async function classParagraphAccuracy(teacherId: string, assignmentId: string) {
  const db = getDb();
  try {
    const results = await getAssignmentResults(db, { teacherId, assignmentId });
    const analysis = itemAnalysis(
      analysisQuestions(results.questions, results.versions),
      results.attempts,
    );
    const accuracy = new Map<string, ParagraphAccuracy>(
      analysis.paragraphAccuracy.map((entry) => [
        entry.paragraphId,
        { answered: entry.scores, meanScore: entry.meanScore },
      ]),
    );
    return { accuracy, answers: results.attempts.length, title: results.assignment.title };
  } catch (error) {
    if (error instanceof DataError) return null;
    throw error;
  }
}
