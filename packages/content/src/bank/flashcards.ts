import type { z } from "zod";
import type { flashcardSchema } from "../schema/flashcard.ts";

/** One fact a card, in article order; the backs stay within the cue report's word limit. */
export const flashcards: z.input<typeof flashcardSchema>[] = [
  // p01: the article's thesis
  {
    id: "c-article-thesis-tough-from-weakness",
    front:
      "How does the article describe Russia's stance toward the US and NATO on Central Asian security?",
    back: "Acting tough while operating from a position of increasing weakness.",
    evidence: [
      {
        paragraphId: "p01",
        quote: "Russia is acting tough while operating from a position of increasing weakness",
      },
    ],
    tags: ["russian-strategy", "russia", "central-asia"],
  },

  // p02: bolstering the CSTO, the 2014 drawdown, NATO's arm's length
  {
    id: "c-csto-acronym",
    front: "CSTO",
    back: "The Collective Security Treaty Organization, the Russia-led alliance.",
    evidence: [
      { paragraphId: "p02", quote: "the Collective Security Treaty Organization (CSTO)" },
      { paragraphId: "p13", quote: "some members of the Russia-led alliance" },
    ],
    tags: ["csto", "russia"],
  },
  {
    id: "c-russia-aim-bolstering-csto",
    front: "Why has Russia tried to bolster the CSTO?",
    back: "So it can pick up the slack in security risks left by the US and NATO drawdown in Afghanistan.",
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
    front:
      "What has NATO done with the CSTO's requests to handle regional security threats jointly?",
    back: "Rejected them, keeping the CSTO at arm's length.",
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
    back: "Getting NATO to change its mind about working with the CSTO.",
    evidence: [
      {
        paragraphId: "p02",
        quote:
          "Getting NATO to change its mind has proven difficult for Russia, and it is a problem that’s clearly vexing the Kremlin.",
      },
    ],
    tags: ["nato-csto-cooperation", "russian-strategy", "nato"],
  },

  // p03–p04: Russian planners and the Institute for Contemporary Development report
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
    id: "c-icd-identity",
    front: "Institute for Contemporary Development",
    back: "A Russian think tank.",
    evidence: [
      {
        paragraphId: "p03",
        quote: "the Institute for Contemporary Development, a Russian think tank",
      },
    ],
    tags: ["institute-for-contemporary-development", "sourcing", "russia"],
  },
  {
    id: "c-icd-taliban-forecast",
    front:
      "What did the Institute for Contemporary Development's report say the coalition's withdrawal would lead to?",
    back: "The expansion of the Taliban.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "“The withdrawal of the international coalition from Afghanistan will inevitably lead to the expansion of the Taliban",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "taliban"],
  },
  {
    id: "c-icd-taliban-consequence",
    front: "According to the think-tank report, whom would an expanding Taliban endanger?",
    back: "Central Asian countries, and Russia as well.",
    evidence: [
      {
        paragraphId: "p03",
        quote:
          "which will create a serious security problem for Central Asian countries, as well as Russia",
      },
    ],
    tags: ["institute-for-contemporary-development", "taliban-threat", "central-asia", "russia"],
  },
  {
    id: "c-icd-russia-needs-coalition",
    front:
      "What did the think-tank report say about Russia facing the Afghan threat without a coalition?",
    back: "Russia would find it extraordinarily difficult.",
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
    front: "What did the think-tank report call “both necessary and possible”?",
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

  // p05: the Northern Distribution Network
  {
    id: "c-ndn-definition",
    front: "Northern Distribution Network (NDN)",
    back: "A web of air, road and rail routes ferrying supplies from Europe to US and NATO troops in Afghanistan.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "the Northern Distribution Network, a web of air, road and rail routes that ferries supplies from Europe to US and NATO troops in Afghanistan",
      },
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
    front: "How does the Pentagon currently deal with the countries on the NDN?",
    back: "Through a bilateral agreement with each of them.",
    evidence: [
      {
        paragraphId: "p05",
        quote:
          "Currently, the Pentagon has bilateral agreements with all of the countries involved.",
      },
    ],
    tags: ["pentagon", "northern-distribution-network", "bilateral-relations"],
  },

  // p06: Yevgeny Buzhinsky
  {
    id: "c-buzhinsky-role",
    front: "Yevgeny Buzhinsky",
    back: "A retired Russian defense official who led Russia's initial talks with US planners on the NDN's operations.",
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
    front: "What did Buzhinsky claim working with the CSTO would do for NDN re-supply?",
    back: "Simplify the logistics and make it much more effective.",
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
    id: "c-buzhinsky-universal-agreement",
    front: "What kind of agreement does Buzhinsky say the United States needs, and where?",
    back: "A solid, universal agreement, better placed within the CSTO.",
    evidence: [
      {
        paragraphId: "p06",
        quote:
          "“The United States needs a solid, universal agreement and it’s better to have it within the CSTO.”",
      },
    ],
    tags: ["yevgeny-buzhinsky", "northern-distribution-network", "united-states"],
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
    front: "What is the charitable reading of Moscow's push to expand cooperation?",
    back: "A softening of Russia's opposition to US activities in Central Asia.",
    evidence: [
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
    back: "A ploy to weaken the bilateral relationships the US has built with Central Asian states.",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "it also could be interpreted as a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states",
      },
    ],
    tags: ["russian-strategy", "bilateral-relations", "united-states", "central-asia"],
  },
  {
    id: "c-article-leaves-readings-open",
    front: "Does the article decide between the softening and the ploy readings?",
    back: "No: it moves on with “Whatever the case”.",
    evidence: [
      {
        paragraphId: "p08",
        quote:
          "Whatever the case, as the US interest in Afghanistan wanes, Russia’s position becomes more complicated.",
      },
    ],
    tags: ["russian-strategy"],
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
    id: "c-reversal-meaning",
    front: "What reversal does Zagorski foresee once the coalition leaves Afghanistan?",
    back: "Russia offers help now; then Russia will be the one needing help.",
    evidence: [
      { paragraphId: "p08", quote: "“Now, we say: ‘You have a problem there, we can help.’" },
      { paragraphId: "p08", quote: "the situation will be reversed – Russia will need help" },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "afghanistan-drawdown"],
  },

  // p09: US skepticism and narcotics
  {
    id: "c-us-view-russian-intentions",
    front: "How have US officials so far viewed Russia's intentions?",
    back: "Skeptically.",
    evidence: [
      {
        paragraphId: "p09",
        quote: "So far, US officials have remained skeptical about Russia’s intentions.",
      },
    ],
    tags: ["us-skepticism", "united-states"],
  },
  {
    id: "c-narcotics-joint-action-stymied",
    front: "What has stymied joint CSTO–NATO action against Afghan narcotics?",
    back: "Tactical differences.",
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
    front: "What does Russia want done about poppy fields in Afghanistan?",
    back: "An aggressive effort to destroy them.",
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
    back: "It would be counterproductive, antagonizing Afghanistan's population.",
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
    id: "c-cable-date",
    front: "When was the State Department cable on the CSTO written?",
    back: "In 2009.",
    evidence: [{ paragraphId: "p10", quote: "A State Department cable from 2009" }],
    tags: ["wikileaks-cable", "state-department"],
  },
  {
    id: "c-wikileaks-role",
    front: "Who released the State Department cable on the CSTO?",
    back: "Wikileaks.",
    evidence: [
      { paragraphId: "p10", quote: "A State Department cable from 2009 released by Wikileaks" },
    ],
    tags: ["wikileaks", "wikileaks-cable", "sourcing"],
  },
  {
    id: "c-cable-view-of-csto",
    front: "In the 2009 cable, how do US officials see the CSTO?",
    back: "As a Moscow-supported tool to obstruct US policy goals in the former Soviet Union.",
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
    id: "c-cable-nato-csto-counterproductive",
    front: "What did the 2009 cable call NATO engaging with the CSTO?",
    back: "Counterproductive.",
    evidence: [
      {
        paragraphId: "p11",
        quote: "it would be counterproductive for NATO to engage with the CSTO",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "state-department"],
  },
  {
    id: "c-cable-csto-origin",
    front: "According to the 2009 cable, why did Moscow initiate the CSTO?",
    back: "To counter potential NATO and US influence in the former Soviet space.",
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
    front: "Which engagement did the 2009 cable accept, unlike engagement with the CSTO?",
    back: "NATO's engagement with Russia itself, such as greater Russian assistance to Afghanistan.",
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
    id: "c-cable-csto-ineffective",
    front: "How did the 2009 cable judge the CSTO's record to date?",
    back: "Ineffective in most areas of activity.",
    evidence: [
      {
        paragraphId: "p12",
        quote: "“To date, the CSTO has proven ineffective in most areas of activity",
      },
    ],
    tags: ["wikileaks-cable", "csto", "us-skepticism"],
  },
  {
    id: "c-cable-csto-divided",
    front: "What did the 2009 cable say about the CSTO's politics?",
    back: "It has been politically divided.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "the CSTO has proven ineffective in most areas of activity and has been politically divided",
      },
    ],
    tags: ["wikileaks-cable", "csto", "us-skepticism"],
  },
  {
    id: "c-cable-engagement-risk",
    front: "What did the 2009 cable fear NATO engagement would do for the CSTO?",
    back: "Enhance the legitimacy of what may be a waning organization.",
    evidence: [
      {
        paragraphId: "p12",
        quote:
          "NATO engagement with the CSTO could enhance the legitimacy of what may be a waning organization",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "us-skepticism"],
  },
  {
    id: "c-bloc-on-bloc-meaning",
    front: "What dynamic did the 2009 cable fear NATO–CSTO engagement would feed?",
    back: "A bloc-on-bloc dynamic reminiscent of the Cold War.",
    evidence: [
      {
        paragraphId: "p12",
        quote: "contributing to a bloc-on-bloc dynamic reminiscent of the Cold War",
      },
    ],
    tags: ["wikileaks-cable", "nato-csto-cooperation", "nato", "csto"],
  },

  // p13: the Central Asian states' own reluctance
  {
    id: "c-csto-members-wary",
    front: "Besides US skepticism, what is hindering NATO–CSTO cooperation?",
    back: "Some members of the Russia-led alliance are wary of closer organizational ties.",
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
    back: "They seem likely to resist it.",
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
    id: "c-uzbekistan-us-partner",
    front: "How does the article describe Uzbekistan's relationship with the United States?",
    back: "A key US partner in Central Asia.",
    evidence: [{ paragraphId: "p13", quote: "Uzbekistan, a key US partner in Central Asia" }],
    tags: ["uzbekistan", "united-states", "central-asian-stances"],
  },
  {
    id: "c-uzbekistan-csto-distance",
    front: "How has Uzbekistan lately treated the CSTO?",
    back: "It has been distancing itself, declining to take part in the recent exercises.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "has lately been distancing itself from the CSTO, declining to participate in the recent exercises",
      },
    ],
    tags: ["uzbekistan", "central-asian-stances", "csto"],
  },
  {
    id: "c-turkmenistan-csto-membership",
    front: "Is Turkmenistan a member of the CSTO?",
    back: "No, it isn't even a member.",
    evidence: [
      {
        paragraphId: "p13",
        quote:
          "Another formerly Soviet state that borders Afghanistan – Turkmenistan — isn’t even a CSTO member.",
      },
    ],
    tags: ["turkmenistan", "central-asian-stances", "csto"],
  },

  // p14: Zagorski on the CSTO as a political problem
  {
    id: "c-zagorski-csto-political-problem",
    front: "What does Zagorski say the CSTO will be for Russia?",
    back: "A problem, politically.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "“The CSTO will be a problem, politically, for Russia,” Zagorski said.",
      },
    ],
    tags: ["andrei-zagorski", "csto", "russian-strategy"],
  },
  {
    id: "c-zagorski-csto-countries-reluctant",
    front:
      "According to Zagorski, how do most CSTO countries feel about a formal NATO–CSTO relationship?",
    back: "They don't want it.",
    evidence: [
      { paragraphId: "p14", quote: "Most of the CSTO countries don’t want this to happen." },
    ],
    tags: ["andrei-zagorski", "central-asian-stances", "nato-csto-cooperation"],
  },
  {
    id: "c-zagorski-moscow-channel-through-csto",
    front:
      "According to Zagorski, through what is Moscow seeking to channel its cooperation with NATO?",
    back: "The CSTO.",
    evidence: [
      {
        paragraphId: "p14",
        quote: "Moscow is seeking to channel its cooperation with NATO through the CSTO.",
      },
    ],
    tags: ["andrei-zagorski", "russian-strategy", "nato-csto-cooperation"],
  },

  // p15: Moscow's belief and Karimov
  {
    id: "c-moscow-belief-central-asia",
    front: "What does Moscow appear to believe Central Asian states will decide?",
    back: "That they need Russia's protection.",
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
    back: "The President of Uzbekistan.",
    evidence: [{ paragraphId: "p15", quote: "[Uzbekistan President Islam] Karimov" }],
    tags: ["islam-karimov", "uzbekistan"],
  },
  {
    id: "c-karimov-choice",
    front: "What choice does Zagorski say Karimov faces?",
    back: "Whether to be a true ally, or to leave.",
    evidence: [
      {
        paragraphId: "p15",
        quote: "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      },
    ],
    tags: ["andrei-zagorski", "islam-karimov", "uzbekistan"],
  },
  {
    id: "c-karimov-bridge",
    front: "What is Karimov trying to be, according to Zagorski?",
    back: "A bridge to the West.",
    evidence: [{ paragraphId: "p15", quote: "He is trying to be a bridge to the West" }],
    tags: ["andrei-zagorski", "islam-karimov", "uzbekistan"],
  },
  {
    id: "c-zagorski-karimov-bridge-wrong",
    front: "Why does Zagorski call Karimov's bridge to the West “the wrong concept”?",
    back: "Because the western concept of imposing democracy is, he says, going nowhere.",
    evidence: [
      {
        paragraphId: "p15",
        quote:
          "he doesn’t realize that this is the wrong concept, the western concept of imposing democracy in Uzbekistan, Libya, Egypt, Saudi Arabia, is going nowhere",
      },
    ],
    tags: ["andrei-zagorski", "islam-karimov", "uzbekistan"],
  },

  // p16: Turkmenistan and the Commonwealth of Independent States
  {
    id: "c-cis-csto-link",
    front: "How is the Commonwealth of Independent States linked to the CSTO?",
    back: "The CSTO operates under its auspices.",
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
    front: "Where has Turkmenistan recently been increasing its activity, according to Zagorski?",
    back: "In the Commonwealth of Independent States.",
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
    id: "c-turkmenistan-needs-support",
    front: "What does Zagorski say Turkmenistan also understands?",
    back: "That it needs support.",
    evidence: [
      {
        paragraphId: "p16",
        quote: "“Turkmenistan also understands that it needs support,” he said.",
      },
    ],
    tags: ["andrei-zagorski", "turkmenistan", "central-asian-stances"],
  },

  // p17: what Moscow may settle for
  {
    id: "c-moscow-may-settle-for-less",
    front: "What may Moscow settle for in the end?",
    back: "Something less than full cooperation with the CSTO.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "In the end, Moscow may settle for something less than full cooperation with the CSTO",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation"],
  },
  {
    id: "c-why-moscow-may-settle",
    front: "Why may Moscow settle for less than full cooperation with the CSTO?",
    back: "It knows the United States is resistant to the idea.",
    evidence: [
      { paragraphId: "p17", quote: "knowing that the United States is resistant to the idea" },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "united-states"],
  },
  {
    id: "c-kremlin-expects-coordination",
    front: "Even settling for less, what will the Kremlin still expect, according to Zagorski?",
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
    front: "What does Zagorski say “is going to be a problem” for Moscow?",
    back: "More direct US and NATO ties with individual Central Asian states, without more cooperation with Russia or transparency.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "“If Moscow is confronted with increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with Russia, and without mutual transparency, this is going to be a problem,”",
      },
    ],
    tags: ["andrei-zagorski", "bilateral-relations", "central-asia", "russian-strategy"],
  },
];
