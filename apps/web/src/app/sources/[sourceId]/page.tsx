import { getDb } from "@quizdeck/db";
import { isPlausibleId } from "@quizdeck/db/fields";
import { getSource } from "@quizdeck/db/library";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/article/article.module.css";
import { ArticleParagraph } from "@/components/article/article-paragraph";
import { resolveDeepLink } from "@/components/article/deep-link";
import { DeepLinkFocus, DeepLinkNotice } from "@/components/article/deep-link-views";
import { orNotFound } from "@/lib/or-not-found";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Source" };

/**
 * A teacher's source in the article's reader: numbered paragraphs, the quoted
 * passage of a "see in the source" link highlighted and focused. Its teacher
 * sees how many of their items quote each paragraph; a student reaches it from
 * an attempt's released answers.
 */
export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ sourceId: string }>;
  searchParams: Promise<{ p?: string | string[]; q?: string | string[] }>;
}) {
  const { sourceId } = await params;
  const query = await searchParams;
  const user = await requireUser(`/sources/${sourceId}`);
  if (!isPlausibleId(sourceId)) notFound();
  const source = await orNotFound(getSource(getDb(), { userId: user.id, sourceId }));
  const target = resolveDeepLink(source.article.paragraphs, query.p, query.q);
  return (
    <div className={styles.page}>
      {source.coverage ? (
        <p style={{ margin: 0 }}>
          <Link href="/teach/library">← Your library</Link>
        </p>
      ) : null}
      <header className={styles.header}>
        <h1 id="source-title">{source.title}</h1>
        <p className={styles.byline}>By {source.article.author}</p>
      </header>
      <DeepLinkNotice target={target} />
      <article className={styles.body} aria-labelledby="source-title">
        {source.article.paragraphs.map((paragraph) => (
          <ArticleParagraph
            key={paragraph.id}
            paragraph={paragraph}
            coverage={
              source.coverage?.get(paragraph.id) ??
              (source.coverage ? { questions: 0, flashcards: 0 } : undefined)
            }
            accuracy={undefined}
            personal={false}
            target={target}
          />
        ))}
      </article>
      <DeepLinkFocus target={target} />
    </div>
  );
}
