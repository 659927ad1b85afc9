import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth-actions";
import { getCurrentUser } from "@/lib/session";
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
  { href: "/practice", label: "Practice" },
  { href: "/article", label: "Article" },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href={user ? (user.role === "teacher" ? "/teach" : "/home") : "/"}>
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
              <form action={signOutAction}>
                <button type="submit" className="secondary">
                  Sign out
                </button>
              </form>
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
