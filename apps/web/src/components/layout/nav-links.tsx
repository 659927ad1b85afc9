"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentLink } from "./current-link";

export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const current = currentLink(
    links.map((link) => link.href),
    usePathname(),
  );
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} aria-current={link.href === current ? "page" : undefined}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
