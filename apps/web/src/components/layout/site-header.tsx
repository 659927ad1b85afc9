import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth-actions";
import { getCurrentUser, homeFor } from "@/lib/session";
import { ActionButton } from "../forms/action-button";
import { NavLinks } from "./nav-links";

const STUDENT_LINKS = [
  { href: "/home", label: "Home" },
  { href: "/practice", label: "Practice" },
  { href: "/flashcards", label: "Flashcards" },
  { href: "/article", label: "Article" },
  { href: "/progress", label: "Progress" },
];
const TEACHER_LINKS = [
  { href: "/teach", label: "Classes" },
  { href: "/teach/library", label: "Library" },
  { href: "/teach/export", label: "Export" },
  { href: "/practice", label: "Practice" },
  { href: "/article", label: "Article" },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href={user ? homeFor(user.role) : "/"}>
          quizdeck
        </Link>
        {user ? (
          <nav className="site-nav" aria-label="Main">
            <NavLinks links={user.role === "teacher" ? TEACHER_LINKS : STUDENT_LINKS} />
          </nav>
        ) : null}
        <div className="user-menu">
          {user ? (
            <>
              <span>
                {user.name} <span className="visually-hidden">signed in as a</span>
                <span aria-hidden="true">·</span> {user.role}
              </span>
              <ActionButton
                action={signOutAction}
                fields={{}}
                label="Sign out"
                className="secondary"
              />
            </>
          ) : (
            <>
              <Link href="/sign-in">Sign in</Link>
              <Link className="button" href="/sign-up">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
