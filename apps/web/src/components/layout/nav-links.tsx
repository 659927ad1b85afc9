"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The longest link the path is under is the current one (/teach/library, not also /teach).
  const under = links.filter(
    (link) => pathname === link.href || pathname.startsWith(`${link.href}/`),
  );
  const currentHref = under.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul>
      {links.map((link) => {
        const current = link.href === currentHref;
        return (
          <li key={link.href}>
            <Link href={link.href} aria-current={current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
