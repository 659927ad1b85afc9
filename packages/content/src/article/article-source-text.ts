// The source article exactly as received (../shared/source/article.txt), kept as
// a string so every runtime (Node, tsx, Next.js bundles) can load it without
// file-system paths. parse-article.ts turns it into titled, numbered paragraphs.
export const ARTICLE_SOURCE_TEXT = `Central Asia: Russia Grapples With Security Dilemma


By Joshua Kucera

When it comes to dealing with the United States and NATO on security issues in Central Asia, Russia is acting tough while operating from a position of increasing weakness.

Of late, Russia has tried to bolster the Collective Security Treaty Organization (CSTO) in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan. The phased withdrawal is scheduled to conclude in 2014. To date, NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly in handling regional security threats. Getting NATO to change its mind has proven difficult for Russia, and it is a problem that’s clearly vexing the Kremlin.

Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential. “The withdrawal of the international coalition from Afghanistan will inevitably lead to the expansion of the Taliban, which will create a serious security problem for Central Asian countries, as well as Russia,” a recent report, published the Institute for Contemporary Development, a Russian think tank, stated.

“Russia will find it extraordinarily difficult to deal with this threat without an international coalition component,” the report added. “Given such a situation, it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’”

Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network, a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan. Currently, the Pentagon has bilateral agreements with all of the countries involved.

Working with the CSTO would be simplify re-supply logistics, claimed Yevgeny Buzhinsky, a retired Russian defense official who led the initial Russian discussions US planners on NDN’s operations. “It would be much more effective if it was done on the basis of cooperation with the CSTO,” Buzhinsky said. “The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”

Moscow’s effort could reflect fundamental policy shift: thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm. So an attempt at expanding cooperation could be seen as a softening of that opposition. But it also could be interpreted as a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states.

Whatever the case, as the US interest in Afghanistan wanes, Russia’s position becomes more complicated. “Now, we say: ‘You have a problem there, we can help.’ When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help,” said Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations.

So far, US officials have remained skeptical about Russia’s intentions. Such wariness is readily evident on the issue of narcotics trafficking out of Afghanistan. Russia has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences. Russia wants an aggressive effort to destroy poppy fields in Afghanistan, while US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population.

A State Department cable from 2009 released by Wikileaks, revealed that US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States from achieving its policy goals in the former Soviet Union.

“We maintain that while NATO strives to enhance its engagement with Russia, including cooperation that could lead to practical results, such as greater Russian assistance to Afghanistan, it would be counterproductive for NATO to engage with the CSTO, an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space,” the cable stated.

“To date, the CSTO has proven ineffective in most areas of activity and has been politically divided,” the cable went on to note. “NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the Cold War.”

It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary of closer organizational ties. Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow. In particular, Uzbekistan, a key US partner in Central Asia, has lately been distancing itself from the CSTO, declining to participate in the recent exercises. Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.

“The CSTO will be a problem, politically, for Russia,” Zagorski said. “We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen. Moscow is seeking to channel its cooperation with NATO through the CSTO. And this concern is very much legitimate.”

Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection. “[Uzbekistan President Islam] Karimov has to decide if he wants to be a true ally, or if he will leave. … He is trying to be a bridge to the West, but he doesn’t realize that this is the wrong concept, the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere,” Zagorski said.

Turkmenistan, Zagorski added, has recently been increasing its activity in the Commonwealth of Independent States, under whose auspices the CSTO operates. “Turkmenistan also understands that it needs support,” he said.

In the end, Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea. But the Kremlin will expect some sort of coordination with Washington, Zagorski said. “If Moscow is confronted with increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with Russia, and without mutual transparency, this is going to be a problem,” he said.

Joshua Kucera is a Washington, DC,-based writer who specializes in security issues in Central Asia, the Caucasus and the Middle East. He is the editor of EurasiaNet’s Bug Pit blog.


Originally published at Eurasianet. Eurasianet is an independent news organization that covers news from and about the South Caucasus and Central Asia, providing on-the-ground reporting and critical perspectives on the most important developments in the region. A tax-exempt [501(c)3] organization, Eurasianet is based at Columbia University’s Harriman Institute, one of the leading centers in North America of scholarship on Eurasia. Read more at eurasianet.org.

Leave a Reply

Your email address will not be published. Required fields are marked *`;
