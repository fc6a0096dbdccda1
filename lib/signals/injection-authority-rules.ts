import { ACTIVATE, B, cased, CHECKS, E, MODE, rx, STAFF_ANY, STAFF_STRONG, type Rule } from "./injection-vocabulary";

/**
 * Rules against impersonation: turn markers and notices made to look like the system's or the staff's, borrowed
 * authority and skipped checks, claims that the assistant's limits were changed, and encoded payloads.
 */

export const IMPERSONATION: Rule[] = [
  // Turn markers and notices written to look like they come from the system or the staff.
  {
    signal: "fake_delimiter",
    weight: 0.7,
    pattern: rx(
      String.raw`\[\/?INST\]|<<\s*\/?SYS\s*>>|<\|im_(?:start|end)\|>|<\|(?:system|assistant|user)\|>|^#{2,}\s*(?:system|assistant|instructions?)${E}|${B}(?:BEGIN|END) (?:SYSTEM|ADMIN)${E}|\[(?:SYSTEM|ADMIN)\]`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(
      String.raw`(?:^|[.!?]\s+|\n)\s*[\[(<#*]*\s*(?:system|admin|administrator|developer|moderator|security|internal|staff|operator|assistant)(?:\s+(?:notice|note|message|alert|update|command|directive|memo|instruction|override)s?)?\s*[\])>*]*(?:\s*\([^)\n]{0,60}\))?\s*:`,
      "mu",
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(
      String.raw`(?:^|[.!?]\s+|\n)\s*(?:admin|administrator|developer|system|moderator|staff|management|security team)\s+here${E}`,
      "mu",
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}(?:note|message|memo|notice|instructions?|directives?|orders?) from (?:the )?(?:[\p{L}-]+ )?(?:management|admin|administrator|system|developers?|support lead|security team|supervisor|headquarters|hq|head office|corporate)${E}`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.35,
    pattern: rx(String.raw`${B}(?:for|to|on) (?:this|the) (?:customer|user|account holder|shopper)(?:'s)?${E}`),
  },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:administrator|admin|developer|system|root|supervisor|manager) override${E}|${B}(?:override|emergency|admin|security) protocol${E}`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.25,
    pattern: rx(
      String.raw`${B}(?:override|protocol)\s+(?:[\p{L}\d]+\s+)?(?:engaged|activated|enabled|initiated|in effect)${E}|${B}(?:override|protocol)(?:\s+[\p{L}\d]+)?\s*:`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.6,
    pattern: rx(
      String.raw`${B}(?:END|BEGIN|START) OF (?:THE )?(?:CUSTOMER|USER|INPUT|PROMPT|CONVERSATION|SYSTEM)(?: MESSAGE| INPUT| PROMPT)?${E}` +
        String.raw`|(?:^|[.!?\]\-=#*]\s*|\n)\s*(?:system|admin|administrator|developer|assistant)\s*:\s*(?:please\s+)?(?:grant|approve|refund|issue|apply|disable|enable|set|unlock|override|execute|process|give|send|change|ignore)${E}`,
    ),
  },
  {
    signal: "fake_delimiter",
    weight: 0.45,
    pattern: rx(
      String.raw`${B}(?:this|the) (?:customer|user|account holder|caller|shopper|client)(?:'s account)? (?:is|has been|was|should be|must be) (?:now |already |fully )?(?:pre-?verified|verified|authori[sz]ed|approved|whitelisted|entitled|eligible|exempt|an? vip|vip|trusted|cleared|allowed)${E}`,
    ),
  },
  // Borrowed authority and skipped checks: weak alone, decisive together.
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}(?:i'?m|i am)\s+(?:your|the (?:store|bot|system|chat)'s)\s+(?:${STAFF_ANY})${E}` +
        String.raw`|${B}(?:i'?m|i am)\s+(?:one of your\s+)(?:${STAFF_ANY})${E}|${B}as (?:your|the (?:store|bot|system)'s) (?:${STAFF_ANY})${E}` +
        String.raw`|${B}(?:i'?m|i am)\s+(?:an?\s+|the\s+)?(?:${STAFF_ANY})\s+(?:of|at|for)\s+(?:this (?:bot|store|shop|system|chat|site)|you)${E}` +
        String.raw`|${B}(?:i'?m|i am|we are|we're|this (?:message )?is)\s+(?:from|with|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:security|fraud|support|it|engineering|dev|development|trust (?:and|&) safety|admin|compliance|tech|qa)\s+(?:team|department|dept)${E}` +
        String.raw`|${B}(?:testing|debugging) (?:the|this|you(?:r)?) (?:bot|system|assistant|chat|model)${E}|${B}i (?:hereby )?authori[sz]e you to${E}` +
        String.raw`|${B}i work (?:in|for|at|on) (?:the\s+)?(?:[\p{L}-]+\s+)?(?:it|security|engineering|support|dev|development|fraud|qa|tech)(?:\s+(?:team|department|dept))?${E}` +
        String.raw`|${B}(?:soy|je suis|ich bin)\s+(?:tu|su|ton|votre|dein|Ihr)\s+(?:desarrollador|administrador|creador|programador|développeur|administrateur|créateur|Entwickler|Administrator|Ersteller)${E}`,
    ),
  },
  // "I'm a Northwind employee": a capitalised employer around the role; "I'm a software developer" is a job, not a claim.
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: cased(
      String.raw`${B}(?:[Ii]'?m|[Ii] am|[Tt]his is)\s+the\s+(?:CEO|CTO|CFO|COO|[Ff]ounder|[Oo]wner|[Pp]resident|[Dd]irector|[Hh]ead)\s+(?:of|at)\s+\p{Lu}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: cased(
      String.raw`${B}(?:[Ii]'?m|[Ii] am|[Tt]his is)\s+(?:an?\s+|the\s+)?\p{Lu}[\p{L}-]*\s+(?:${STAFF_STRONG}|supervisor|manager|admin|administrator)${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.2,
    pattern: rx(
      String.raw`${B}(?:staff|employee|admin|agent|badge) (?:id|number|code)${E}|${B}(?:auth(?:ori[sz]ation)?|override|access|admin) code${E}|${B}(?:authori[sz]ed|approved|signed off|cleared) by (?:the )?(?:[\p{L}-]+ )?(?:support lead|admins?|administrators?|management|manager|supervisor|security|developers?|system|staff)(?: team)?${E}`,
    ),
  },
  // Claims that the assistant's own limits were changed: "I've raised your refund cap", "your limits have been lifted".
  {
    signal: "policy_bypass",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:i'?ve|i have|we'?ve|we have)\s+(?:now\s+|just\s+)?(?:raised|increased|lifted|removed|changed|updated|disabled|reset|unlocked|overridden|turned off)\s+your\s+(?:[\p{L}-]+\s+)?(?:cap|limits?|rules|permissions|restrictions|polic(?:y|ies)|instructions)${E}` +
        String.raw`|${B}your\s+(?:[\p{L}-]+\s+)?(?:cap|limits?|permissions|restrictions)\s+(?:has|have)\s+been\s+(?:raised|increased|lifted|removed|disabled|unlocked)${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}(?:skip|bypass|ignore|disable|turn off|waive|override|circumvent|without|no need for|omite|salta|sin|contourne|sans|überspringe|umgehe|ohne)${E}\s+(?:all\s+|any\s+|the\s+|la\s+|las\s+|le\s+|les\s+|die\s+)?${CHECKS}` +
        String.raw`|${B}without (?:checking|verifying|validating|confirming) (?:the |my |their |his |her )?(?:date|identity|id|window|policy|eligibility|ownership|account)${E}` +
        String.raw`|${B}${CHECKS}\s+(?:is|are|has been|have been)\s+(?:now\s+)?(?:disabled|off|turned off|suspended|waived|not required|no longer required|not needed)${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.4,
    pattern: rx(
      String.raw`${B}(?:override|ignore|waive|bypass|lift|disable)\s+(?:the\s+|your\s+|its\s+)?(?:\d+[- ]day\s+)?(?:(?:return|refund|returns|exchange|price[- ]match(?:ing)?)\s+)?(?:window|limit|cap|rate limiter|deadline|period|policy)${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}${ACTIVATE}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?${MODE}${E}|${B}${MODE}\s+(?:enabled|activated|engaged|unlocked|activé|activado|aktiviert)${E}`,
    ),
    // "How do I enable developer mode on the watch?" is a product question.
    unless: rx(
      String.raw`(?:how (?:do|can|would|to)(?: (?:i|we|you))?|can i|i (?:tried|enabled|turned|can'?t|cannot)|is there an?)\s+[^.!?\n]{0,30}mode|mode\s+(?:on|in|of|for)\s+(?:the|my|this)\s+(?!bot|assistant|chat|ai${E})`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.55,
    pattern: rx(
      String.raw`${B}(?:no takesies backsies|agree (?:to|with) (?:anything|everything|whatever) (?:i|the customer|the user) (?:say|says|ask)|say yes to (?:everything|anything|all)|you (?:have to|must) (?:agree|accept|comply))${E}`,
    ),
  },
  {
    signal: "policy_bypass",
    weight: 0.35,
    pattern: rx(
      String.raw`${B}legally binding${E}|${B}(?:this|it) is (?:pre-?)?authori[sz]ed${E}|${B}(?:override|admin|administrator|root|staff) (?:powers|rights|privileges|permissions|access)${E}|${B}(?:for testing(?: purposes)?|this is (?:just )?a test)${E}`,
    ),
  },
  {
    signal: "encoded_payload",
    weight: 0.5,
    pattern: rx(String.raw`${B}(?:base64|rot-?13|hex[- ]?encoded?|morse code|leetspeak)${E}`),
  },
  {
    signal: "encoded_payload",
    weight: 0.5,
    pattern: rx(
      String.raw`${B}(?:decode|decipher|decrypt|unscramble|translate)${E}[^.!?\n]{0,30}?${B}(?:and|then)\s+(?:do|follow|execute|obey|act on|carry out|run)${E}`,
    ),
  },
];
