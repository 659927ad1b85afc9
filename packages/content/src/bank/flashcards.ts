import type { z } from "zod";
import type { flashcardSchema } from "../schema/flashcard.ts";

export const flashcards: z.input<typeof flashcardSchema>[] = [
  // p01: the article's thesis
  {
    id: "c-article-thesis-tough-from-weakness",
    front:
      "How does the article sum up Russia's posture toward the US and NATO on Central Asian security?",
    back: "Russia is acting tough while operating from a position of increasing weakness.",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
    ],
    tags: ["russian-strategy", "russia", "central-asia"],
  },
  {
    id: "c-who-frames-russia-tough-but-weak",
    front:
      "Who says Russia is “acting tough while operating from a position of increasing weakness”?",
    back: "The article's author, Joshua Kucera, in his own framing; no quoted source says it.",
    evidence: [
      {
        paragraphId: "p01",
        quote:
          "When it comes to dealing with the United States and NATO on security issues in Central Asia, Russia is acting tough",
      },
    ],
    tags: ["sourcing", "joshua-kucera", "russian-strategy"],
  },

  // p02: bolstering the CSTO, the 2014 drawdown, NATO's arm's length
  {
    id: "c-csto-acronym",
    front: "CSTO",
    back: "The Collective Security Treaty Organization, the Russia-led alliance that Russia has lately tried to bolster.",
    evidence: [
      { paragraphId: "p02", quote: "the Collective Security Treaty Organization (CSTO)" },
      { paragraphId: "p13", quote: "some members of the Russia-led alliance" },
    ],
    tags: ["csto", "russia"],
  },
  {
    id: "c-russia-aim-bolstering-csto",
    front: "Why has Russia tried to bolster the CSTO?",
    back: "In the hope that it can pick up any slack in heightened security risks arising from the US and NATO drawdown in Afghanistan.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "in the hopes that it will be able to pick up any slack, in terms of heightened security risks, arising out of the US and NATO drawdown in Afghanistan",
      },
    ],
    tags: ["csto", "russian-strategy", "afghanistan-drawdown"],
  },
  {
    id: "c-drawdown-end-date",
    front: "When was the phased US and NATO withdrawal from Afghanistan scheduled to conclude?",
    back: "In 2014.",
    evidence: [
      { paragraphId: "p02", quote: "The phased withdrawal is scheduled to conclude in 2014." },
    ],
    tags: ["afghanistan-drawdown", "afghanistan", "nato", "united-states"],
  },
  {
    id: "c-nato-stance-on-csto",
    front: "How has NATO treated the CSTO to date?",
    back: "It has kept the CSTO at arm's length, rejecting its requests to work jointly in handling regional security threats.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "NATO has kept the CSTO at arm’s length, rejecting the latter’s requests to work jointly in handling regional security threats",
      },
    ],
    tags: ["nato", "csto", "nato-csto-cooperation"],
  },
  {
    id: "c-kremlin-vexing-problem",
    front: "What problem does the article say is “clearly vexing the Kremlin”?",
    back: "Getting NATO to change its mind about working jointly with the CSTO, which has proven difficult for Russia.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "Getting NATO to change its mind has proven difficult for Russia, and it is a problem that’s clearly vexing the Kremlin.",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "nato"],
  },

  // p03–p04: the Institute for Contemporary Development report
  {
    id: "c-icd-identity",
    front: "Institute for Contemporary Development",
    back: "A Russian think tank whose recent report argued for expanding cooperation with NATO against the “Afghan threat”.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "the Institute for Contemporary Development, a Russian think tank",
      },
      {
        paragraphId: "p04",
        quote: "it is both necessary and possible to expand cooperation with NATO",
      },
    ],
    tags: ["institute-for-contemporary-development", "sourcing", "russia"],
  },
  {
    id: "c-russian-planners-view-nato-csto",
    front: "How do Russian policy planners see future NATO–CSTO cooperation in Central Asia?",
    back: "As essential.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "Russian policy planners see NATO-CSTO cooperation down the road in Central Asia as essential.",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "central-asia"],
  },
  {
    id: "c-who-predicted-taliban-expansion",
    front:
      "Who predicted that the coalition's withdrawal from Afghanistan “will inevitably lead to the expansion of the Taliban”?",
    back: "A recent report from the Institute for Contemporary Development, a Russian think tank.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "“The withdrawal of the international coalition from Afghanistan will inevitably lead to the expansion of the Taliban",
      },
      {
        paragraphId: "p03",
        quote:
          "a recent report, published the Institute for Contemporary Development, a Russian think tank, stated",
      },
    ],
    tags: ["institute-for-contemporary-development", "sourcing", "taliban-threat", "taliban"],
  },
  {
    id: "c-icd-taliban-consequence",
    front: "According to the ICD report, what would the Taliban's expansion create?",
    back: "A serious security problem for Central Asian countries, as well as for Russia.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "which will create a serious security problem for Central Asian countries, as well as Russia",
      },
    ],
    tags: [
      "institute-for-contemporary-development",
      "taliban-threat",
      "taliban",
      "central-asia",
      "russia",
    ],
  },
  {
    id: "c-icd-russia-needs-coalition",
    front: "What did the ICD report say about Russia facing the Taliban threat on its own?",
    back: "Russia will find it extraordinarily difficult to deal with the threat without an international coalition component.",
    evidence: [
      {
        paragraphId: "p04",
        quote:
          "“Russia will find it extraordinarily difficult to deal with this threat without an international coalition component,”",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "russia"],
  },
  {
    id: "c-icd-recommendation",
    front: "What did the ICD report call “both necessary and possible”?",
    back: "Expanding cooperation with NATO against the “Afghan threat”.",
    evidence: [
      {
        paragraphId: "p04",
        quote:
          "it is both necessary and possible to expand cooperation with NATO against the ‘Afghan threat.’",
      },
    ],
    tags: ["institute-for-contemporary-development", "nato-csto-cooperation", "nato"],
  },
  {
    id: "c-afghan-threat-meaning",
    front: "What does “the Afghan threat” mean in the ICD report?",
    back: "The security threat the report expects once the coalition leaves Afghanistan: an expanding Taliban endangering Central Asian countries and Russia.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "will inevitably lead to the expansion of the Taliban",
      },
      {
        paragraphId: "p04",
        quote: "expand cooperation with NATO against the ‘Afghan threat.’",
      },
    ],
    tags: ["taliban-threat", "institute-for-contemporary-development", "afghanistan"],
  },

  // p05: the Northern Distribution Network
  {
    id: "c-ndn-definition",
    front: "Northern Distribution Network (NDN)",
    back: "A web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "the Northern Distribution Network, a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
      { paragraphId: "p06", quote: "on NDN’s operations" },
    ],
    tags: ["northern-distribution-network", "europe", "afghanistan"],
  },
  {
    id: "c-russia-ndn-goal",
    front: "What is Russia pushing for the CSTO to gain in the Northern Distribution Network?",
    back: "A role in managing it.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Russia also is pushing for the CSTO to gain a role in managing the Northern Distribution Network",
      },
    ],
    tags: ["northern-distribution-network", "csto", "russian-strategy"],
  },
  {
    id: "c-pentagon-ndn-agreements",
    front: "How does the Pentagon currently arrange the NDN with the countries involved?",
    back: "Through bilateral agreements with all of the countries involved.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
    ],
    tags: ["pentagon", "northern-distribution-network", "bilateral-relations"],
  },
  {
    id: "c-afghanistan-in-the-article",
    front: "Afghanistan: what roles does it play in the article?",
    back: "The country the US and NATO are drawing down from (by 2014), the end point of NDN supplies to their troops, and the source of narcotics trafficking.",
    evidence: [
      { paragraphId: "p02", quote: "the US and NATO drawdown in Afghanistan" },
      {
        paragraphId: "p05",
        quote: "ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
      { paragraphId: "p09", quote: "the issue of narcotics trafficking out of Afghanistan" },
    ],
    tags: ["afghanistan", "afghanistan-drawdown", "northern-distribution-network", "narcotics"],
  },

  // p06: Yevgeny Buzhinsky
  {
    id: "c-buzhinsky-role",
    front: "Yevgeny Buzhinsky",
    back: "A retired Russian defense official who led Russia's initial discussions with US planners on the NDN's operations.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "Yevgeny Buzhinsky, a retired Russian defense official who led the initial Russian discussions US planners on NDN’s operations",
      },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "russia"],
  },
  {
    id: "c-buzhinsky-stance-csto-ndn",
    front: "What was Buzhinsky's stance on running NDN re-supply through the CSTO?",
    back: "He favoured it, claiming that working with the CSTO would simplify re-supply logistics and be much more effective.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "Working with the CSTO would be simplify re-supply logistics, claimed Yevgeny Buzhinsky",
      },
      {
        paragraphId: "p06",
        quote:
          "“It would be much more effective if it was done on the basis of cooperation with the CSTO,” Buzhinsky said.",
      },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "csto"],
  },
  {
    id: "c-who-said-us-needs-universal-agreement",
    front:
      "Who said “The United States needs a solid, universal agreement and it's better to have it within the CSTO”?",
    back: "Yevgeny Buzhinsky, the retired Russian defense official who led Russia's initial NDN discussions with US planners.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
      { paragraphId: "p06", quote: "a retired Russian defense official" },
    ],
    tags: ["yevgeny-buzhinsky", "sourcing", "northern-distribution-network", "united-states"],
  },

  // p07: two readings of Moscow's push
  {
    id: "c-russia-hostility-to-us-activities",
    front: "Thus far, how has Russia regarded US activities in Central Asia?",
    back: "Largely with hostility, especially in the security realm.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "thus far, Russia has been largely hostile to US activities in Central Asia, especially in the security realm",
      },
    ],
    tags: ["russian-strategy", "russia", "united-states", "central-asia"],
  },
  {
    id: "c-softening-reading",
    front: "How could Moscow's attempt at expanding cooperation be read charitably?",
    back: "As a fundamental policy shift: a softening of Russia's opposition to US activities in Central Asia.",
    evidence: [
      { paragraphId: "p07", quote: "Moscow’s effort could reflect fundamental policy shift" },
      {
        paragraphId: "p07",
        quote:
          "So an attempt at expanding cooperation could be seen as a softening of that opposition.",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation"],
  },
  {
    id: "c-ploy-reading",
    front: "What is the sceptical reading of Moscow's push to expand cooperation?",
    back: "A ploy designed to weaken the bilateral relationships the United States has established with Central Asian states.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "it also could be interpreted as a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states",
      },
    ],
    tags: ["russian-strategy", "bilateral-relations", "united-states", "central-asia"],
  },

  // p08: Andrei Zagorski and the coming reversal
  {
    id: "c-zagorski-affiliation",
    front: "Andrei Zagorski",
    back: "An expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations.",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "Andrei Zagorski, an expert on Russia’s relations with the West at Moscow’s Institute of World Economy and International Relations",
      },
    ],
    tags: ["andrei-zagorski", "imemo", "sourcing"],
  },
  {
    id: "c-imemo-identity",
    front: "Institute of World Economy and International Relations",
    back: "A Moscow institute; it is where Andrei Zagorski works as an expert on Russia's relations with the West.",
    evidence: [
      {
        paragraphId: "p08",
        quote: "at Moscow’s Institute of World Economy and International Relations",
      },
    ],
    tags: ["imemo", "andrei-zagorski", "russia"],
  },
  {
    id: "c-russia-position-as-us-interest-wanes",
    front: "What happens to Russia's position as US interest in Afghanistan wanes?",
    back: "It becomes more complicated.",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "as the US interest in Afghanistan wanes, Russia’s position becomes more complicated",
      },
    ],
    tags: ["russian-strategy", "afghanistan-drawdown", "russia"],
  },
  {
    id: "c-who-said-russia-will-need-help",
    front:
      "Who said that when the coalition leaves Afghanistan “the situation will be reversed – Russia will need help”?",
    back: "Andrei Zagorski, an expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations.",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "When the coalition leaves Afghanistan, the situation will be reversed – Russia will need help,” said Andrei Zagorski",
      },
    ],
    tags: ["andrei-zagorski", "sourcing", "afghanistan-drawdown"],
  },
  {
    id: "c-reversal-meaning",
    front: "What does Zagorski mean by “the situation will be reversed”?",
    back: "Today Russia tells the US “You have a problem there, we can help”; once the coalition leaves Afghanistan, Russia will be the one needing help.",
    evidence: [
      {
        paragraphId: "p08",
        quote: "“Now, we say: ‘You have a problem there, we can help.’",
      },
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "afghanistan-drawdown"],
  },

  // p09: US skepticism and narcotics
  {
    id: "c-us-view-russian-intentions",
    front: "How have US officials so far viewed Russia's intentions?",
    back: "Skeptically; the wariness is readily evident on narcotics trafficking out of Afghanistan.",
    evidence: [
      {
        paragraphId: "p09",
        quote: "So far, US officials have remained skeptical about Russia’s intentions.",
      },
      {
        paragraphId: "p09",
        quote:
          "Such wariness is readily evident on the issue of narcotics trafficking out of Afghanistan.",
      },
    ],
    tags: ["us-skepticism", "united-states", "narcotics"],
  },
  {
    id: "c-narcotics-joint-action-stymied",
    front: "What has stymied joint CSTO–NATO action against Afghan narcotics?",
    back: "Tactical differences, even though Russia has sought to coordinate CSTO activities with NATO.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "Russia has sought to coordinate CSTO activities with NATO, but joint action has been stymied over tactical differences.",
      },
    ],
    tags: ["narcotics", "nato-csto-cooperation", "csto", "nato"],
  },
  {
    id: "c-russia-narcotics-approach",
    front: "What does Russia want done about narcotics in Afghanistan?",
    back: "An aggressive effort to destroy poppy fields in Afghanistan.",
    evidence: [
      {
        paragraphId: "p09",
        quote: "Russia wants an aggressive effort to destroy poppy fields in Afghanistan",
      },
    ],
    tags: ["narcotics", "russia", "afghanistan"],
  },
  {
    id: "c-us-narcotics-objection",
    front: "Why do US officials oppose destroying Afghan poppy fields?",
    back: "They believe it would be counterproductive because it would antagonize Afghanistan's population.",
    evidence: [
      {
        paragraphId: "p09",
        quote:
          "US officials believe that such action would be counterproductive by antagonizing Afghanistan’s population",
      },
    ],
    tags: ["narcotics", "us-skepticism", "united-states", "afghanistan"],
  },

  // p10–p12: the 2009 State Department cable
  {
    id: "c-wikileaks-role",
    front: "What part does Wikileaks play in the article?",
    back: "It released the 2009 State Department cable that revealed how US officials see the CSTO.",
    evidence: [
      {
        paragraphId: "p10",
        quote: "A State Department cable from 2009 released by Wikileaks",
      },
    ],
    tags: ["wikileaks", "wikileaks-cable", "sourcing"],
  },
  {
    id: "c-state-department-cable",
    front: "US State Department: what document of its does the article quote?",
    back: "A 2009 cable, released by Wikileaks, setting out US officials' view of the CSTO and arguing against NATO engaging with it.",
    evidence: [
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["state-department", "wikileaks-cable", "sourcing"],
  },
  {
    id: "c-cable-view-of-csto",
    front: "According to the 2009 cable, how do US officials see the CSTO?",
    back: "As a Moscow-supported tool designed to obstruct the United States from achieving its policy goals in the former Soviet Union.",
    evidence: [
      {
        paragraphId: "p10",
        quote:
          "US officials see the CSTO as a Moscow-supported tool designed to obstruct the United States from achieving its policy goals in the former Soviet Union",
      },
    ],
    tags: ["wikileaks-cable", "us-skepticism", "csto", "state-department"],
  },
  {
    id: "c-who-said-nato-csto-counterproductive",
    front: "Who argued that “it would be counterproductive for NATO to engage with the CSTO”?",
    back: "US officials, in the 2009 State Department cable released by Wikileaks.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "it would be counterproductive for NATO to engage with the CSTO, an organization initiated by Moscow",
      },
      { paragraphId: "p11", quote: "the cable stated" },
    ],
    tags: ["wikileaks-cable", "state-department", "sourcing", "nato-csto-cooperation"],
  },
  {
    id: "c-cable-csto-origin",
    front: "According to the 2009 cable, why was the CSTO initiated?",
    back: "It was initiated by Moscow to counter potential NATO and US influence in the former Soviet space.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "an organization initiated by Moscow to counter potential NATO and US influence in the former Soviet space",
      },
    ],
    tags: ["wikileaks-cable", "csto", "us-skepticism"],
  },
  {
    id: "c-cable-nato-russia-engagement",
    front:
      "Which engagement with Moscow did the 2009 cable welcome, unlike engagement with the CSTO?",
    back: "NATO enhancing its engagement with Russia itself, including practical cooperation such as greater Russian assistance to Afghanistan.",
    evidence: [
      {
        paragraphId: "p11",
        quote:
          "while NATO strives to enhance its engagement with Russia, including cooperation that could lead to practical results, such as greater Russian assistance to Afghanistan",
      },
    ],
    tags: ["wikileaks-cable", "nato", "russia", "afghanistan"],
  },
  {
    id: "c-who-called-csto-ineffective",
    front: "Who called the CSTO “ineffective in most areas of activity” and “politically divided”?",
    back: "The 2009 State Department cable released by Wikileaks.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "“To date, the CSTO has proven ineffective in most areas of activity and has been politically divided,” the cable went on to note.",
      },
    ],
    tags: ["wikileaks-cable", "sourcing", "csto", "us-skepticism"],
  },
  {
    id: "c-cable-engagement-risk",
    front: "What risk did the 2009 cable see in NATO engaging with the CSTO?",
    back: "It could enhance the legitimacy of what may be a waning organization and contribute to a bloc-on-bloc dynamic reminiscent of the Cold War.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization, contributing to a bloc-on-bloc dynamic reminiscent of the Cold War.",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
  },
  {
    id: "c-bloc-on-bloc-meaning",
    front: "What does the cable's phrase “bloc-on-bloc dynamic” imply?",
    back: "NATO and the CSTO dealing with each other as two opposing blocs, a pattern the cable likens to the Cold War and cites as a reason not to engage.",
    evidence: [
      {
        paragraphId: "p12",
        quote: "contributing to a bloc-on-bloc dynamic reminiscent of the Cold War",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "nato", "csto"],
  },

  // p13: Central Asian states' own reluctance
  {
    id: "c-csto-members-wary",
    front: "Besides US skepticism, what else is hindering NATO–CSTO cooperation?",
    back: "Some members of the Russia-led alliance are themselves wary of closer organizational ties.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "It’s not just US skepticism that is hindering NATO-CSTO cooperation, some members of the Russia-led alliance are also wary of closer organizational ties.",
      },
    ],
    tags: ["central-asian-stances", "nato-csto-cooperation", "csto"],
  },
  {
    id: "c-central-asian-leaders-stance",
    front:
      "How are Central Asian leaders likely to respond to routing their relations with Washington through Moscow?",
    back: "They seem likely to resist any such effort.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Central Asian leaders seem likely to resist any effort to redirect their relations with Washington through Moscow.",
      },
    ],
    tags: ["central-asian-stances", "central-asia", "bilateral-relations"],
  },
  {
    id: "c-uzbekistan-stance",
    front: "Uzbekistan's stance toward the CSTO",
    back: "A key US partner in Central Asia, it has lately been distancing itself from the CSTO, declining to take part in the recent exercises.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Uzbekistan, a key US partner in Central Asia, has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
    ],
    tags: ["uzbekistan", "central-asian-stances", "csto"],
  },
  {
    id: "c-turkmenistan-csto-membership",
    front: "Is Turkmenistan a member of the CSTO?",
    back: "No: this formerly Soviet state that borders Afghanistan isn't even a CSTO member.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.",
      },
    ],
    tags: ["turkmenistan", "central-asian-stances", "csto"],
  },
  {
    id: "c-two-states-keeping-distance",
    front:
      "Which two formerly Soviet states does the article single out as standing apart from the CSTO, and how?",
    back: "Uzbekistan, which has been distancing itself and skipped the recent exercises, and Turkmenistan, which isn't even a member.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
      { paragraphId: "p13", quote: "Turkmenistan — isn’t even a CSTO member" },
    ],
    tags: ["central-asian-stances", "uzbekistan", "turkmenistan", "csto"],
  },

  // p14: Zagorski on the CSTO as a political problem
  {
    id: "c-who-said-csto-political-problem",
    front: "Who said “The CSTO will be a problem, politically, for Russia”?",
    back: "Andrei Zagorski, the expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "“The CSTO will be a problem, politically, for Russia,” Zagorski said.",
      },
    ],
    tags: ["andrei-zagorski", "sourcing", "csto"],
  },
  {
    id: "c-zagorski-csto-countries-reluctant",
    front:
      "According to Zagorski, how do most CSTO countries feel about a formal NATO–CSTO relationship?",
    back: "Russia wants NATO to have a formal relationship with the CSTO, but most of the CSTO countries don't want this to happen.",
    evidence: [
      {
        paragraphId: "p14",
        quote:
          "“We want NATO to have a formal relationship with the CSTO. Most of the CSTO countries don’t want this to happen.",
      },
    ],
    tags: ["andrei-zagorski", "central-asian-stances", "nato-csto-cooperation"],
  },
  {
    id: "c-zagorski-moscow-channel-through-csto",
    front: "According to Zagorski, what is Moscow seeking to channel through the CSTO?",
    back: "Its cooperation with NATO; Zagorski adds that “this concern is very much legitimate”.",
    evidence: [
      {
        paragraphId: "p14",
        quote:
          "Moscow is seeking to channel its cooperation with NATO through the CSTO. And this concern is very much legitimate.",
      },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "nato-csto-cooperation"],
  },

  // p15: Moscow's belief and Karimov
  {
    id: "c-moscow-belief-central-asia",
    front: "What belief does Moscow appear to be operating under about the Central Asian states?",
    back: "That they will come around and decide they need Russia's protection.",
    evidence: [
      {
        paragraphId: "p15",
        quote:
          "Moscow appears to be operating under the belief that Central Asian states will come around and decide they need Russia’s protection.",
      },
    ],
    tags: ["russian-strategy", "central-asian-stances", "central-asia"],
  },
  {
    id: "c-karimov-role",
    front: "Islam Karimov",
    back: "The President of Uzbekistan, who according to Zagorski is trying to be a bridge to the West.",
    evidence: [
      { paragraphId: "p15", quote: "[Uzbekistan President Islam] Karimov" },
      { paragraphId: "p15", quote: "He is trying to be a bridge to the West" },
    ],
    tags: ["islam-karimov", "uzbekistan"],
  },
  {
    id: "c-who-said-karimov-true-ally",
    front: "Who said Karimov “has to decide if he wants to be a true ally, or if he will leave”?",
    back: "Andrei Zagorski, the expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations.",
    evidence: [
      {
        paragraphId: "p15",
        quote: "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      },
      { paragraphId: "p15", quote: "is going nowhere,” Zagorski said" },
    ],
    tags: ["andrei-zagorski", "islam-karimov", "sourcing", "uzbekistan"],
  },
  {
    id: "c-zagorski-karimov-bridge-wrong",
    front:
      "Why does Zagorski call Karimov's attempt to be a bridge to the West “the wrong concept”?",
    back: "Because, he says, the western concept of imposing democracy in Uzbekistan, Libya, Egypt and Saudi Arabia is going nowhere.",
    evidence: [
      {
        paragraphId: "p15",
        quote:
          "He is trying to be a bridge to the West, but he doesn’t realize that this is the wrong concept, the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere",
      },
    ],
    tags: ["andrei-zagorski", "islam-karimov", "uzbekistan"],
  },

  // p16: Turkmenistan and the Commonwealth of Independent States
  {
    id: "c-cis-csto-link",
    front: "Commonwealth of Independent States: how is it linked to the CSTO?",
    back: "It is the body under whose auspices the CSTO operates.",
    evidence: [
      {
        paragraphId: "p16",
        quote: "the Commonwealth of Independent States, under whose auspices the CSTO operates",
      },
    ],
    tags: ["cis", "csto"],
  },
  {
    id: "c-turkmenistan-cis-activity",
    front: "According to Zagorski, what has Turkmenistan recently been doing?",
    back: "Increasing its activity in the Commonwealth of Independent States, under whose auspices the CSTO operates.",
    evidence: [
      {
        paragraphId: "p16",
        quote:
          "Turkmenistan, Zagorski added, has recently been increasing its activity in the Commonwealth of Independent States",
      },
    ],
    tags: ["turkmenistan", "cis", "andrei-zagorski", "central-asian-stances"],
  },
  {
    id: "c-who-said-turkmenistan-needs-support",
    front: "Who said “Turkmenistan also understands that it needs support”?",
    back: "Andrei Zagorski, the expert on Russia's relations with the West at Moscow's Institute of World Economy and International Relations.",
    evidence: [
      {
        paragraphId: "p16",
        quote: "“Turkmenistan also understands that it needs support,” he said.",
      },
      { paragraphId: "p16", quote: "Turkmenistan, Zagorski added" },
    ],
    tags: ["andrei-zagorski", "sourcing", "turkmenistan"],
  },

  // p17: what Moscow may settle for
  {
    id: "c-moscow-may-settle-for-less",
    front: "What may Moscow settle for in the end, and why?",
    back: "Something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "In the end, Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea.",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "united-states"],
  },
  {
    id: "c-kremlin-expects-coordination",
    front:
      "Even settling for less, what will the Kremlin still expect from Washington, according to Zagorski?",
    back: "Some sort of coordination with Washington.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "But the Kremlin will expect some sort of coordination with Washington, Zagorski said.",
      },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "united-states"],
  },
  {
    id: "c-zagorski-problem-scenario",
    front: "What scenario does Zagorski say “is going to be a problem” for Moscow?",
    back: "Increased direct US and NATO cooperation with individual Central Asian countries without increased cooperation with Russia and without mutual transparency.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "“If Moscow is confronted with increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with Russia, and without mutual transparency, this is going to be a problem,”",
      },
    ],
    tags: ["andrei-zagorski", "bilateral-relations", "central-asia", "russian-strategy"],
  },

  // p18: the author note
  {
    id: "c-kucera-profile",
    front: "Joshua Kucera",
    back: "The article's author: a Washington, DC-based writer who specializes in security issues in Central Asia, the Caucasus and the Middle East.",
    evidence: [
      {
        paragraphId: "p18",
        quote:
          "Joshua Kucera is a Washington, DC,-based writer who specializes in security issues in Central Asia, the Caucasus and the Middle East.",
      },
    ],
    tags: ["joshua-kucera", "sourcing"],
  },
  {
    id: "c-kucera-eurasianet-blog",
    front: "What does Joshua Kucera edit at EurasiaNet?",
    back: "EurasiaNet's Bug Pit blog.",
    evidence: [{ paragraphId: "p18", quote: "He is the editor of EurasiaNet’s Bug Pit blog." }],
    tags: ["joshua-kucera", "eurasianet", "sourcing"],
  },
];
