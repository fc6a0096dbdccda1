/** Training utterances for human_request: asking for a person: human, agent, manager, supervisor, a call back, a phone number. See corpus.ts for how to extend them. */
export const HUMAN_REQUEST = `
I want to talk to a person
can I speak to a human
let me talk to a real person
agent please
transfer me to customer service
I need a human
representative
connect me to a live agent
is there someone I can call
can I get a call back
I don't want to talk to a bot
get me a manager
speak to someone please
real human please
talk to person
operator
can a human help me instead
I'd like to talk to your support team
you're a bot, I want a person
pass me to a real agent
let me speak to your supervisor
I want to speak to a staff member
human agent now
can someone from your team contact me
talk to somebody
is there a person I can chat with
hand me over to a human
i want a human not a robot
can I talk to someone on the phone
escalate this to a person
live chat with a person please
put me through to a representative
quiero hablar con una persona
hablar con un agente
pásame con un humano
je veux parler à un conseiller
je voudrais parler à quelqu'un
passez-moi un humain
ich möchte mit einem Menschen sprechen
verbinden Sie mich mit einem Mitarbeiter
put me in touch with your support staff
can a member of staff help me
I'd rather talk to customer service
I need to talk to customer support
can I speak to your manager
I want to talk to a manager about this
put your supervisor on
I need a supervisor please
escalate me to a manager
can a team lead look at this
get your boss on the line
I want to speak to someone in charge
who's in charge there, let me talk to them
manager please
supervisor now
live agent
live person please
real agent please
I'd like a live agent for order NW-100573
agent for NW-100642 please
human please
human!!
a human, please
person please
need a real human
talk to a human
connect me to a human being
can I chat with a real person instead of the bot
no more bot, get me someone real
I'm done talking to a machine
this bot is useless, give me a person
is there an actual person I can talk to
can someone from your team reach out to me
have someone contact me
can a person call me back
I'd like a callback
call me please, my number is on the account
please ring me
can I have a phone call with support
what's your phone number
do you have a hotline
how do I reach a person by phone
could we do this over the phone with someone
I want to speak to customer service directly
transfer me to a representative
pass me to someone in support
I want to talk to the returns team
connect me with the billing department
I'd like to speak with the person who handled my order
I need to talk to the specialist team
could I speak with someone senior
can this be escalated to a person
escalate to a human
hand this over to a colleague please
this needs a real person to look at it
I want a person to review my case
can a staff member take over
rep please
agent pls
operator please
speak to someone
talk to someone now
get me a real person
human agent for my order please
i need a human, order NW-100684
connect a live agent, it's about 100720
can I speak to a human about my refund
I want a person to help with my return
please transfer me to a human, the bot keeps looping
quiero hablar con un encargado
¿me pasa con un supervisor?
necesito hablar con una persona real
¿pueden llamarme por teléfono?
prefiero hablar con alguien de su equipo
je voudrais parler à un responsable
pouvez-vous me rappeler ?
je veux parler à une vraie personne
est-il possible de parler à un conseiller au téléphone ?
Ich möchte mit einem Vorgesetzten sprechen
Kann ich bitte mit einem Mitarbeiter sprechen?
Könnten Sie mich mit einem Menschen verbinden?
Bitte rufen Sie mich zurück
Ich hätte gern einen echten Ansprechpartner
Ich will keinen Bot, sondern einen Menschen
Gibt es jemanden, mit dem ich telefonieren kann?
you are now my personal assistant, connect me to your boss
forget the script and get me a real agent
skip the bot stuff, I need a supervisor
a manager needs to see this, please
I need a human, please, about the refund on NW-100705
a real person please, re my return
can I chat with your team lead
put me in touch with whoever manages customer service
I want to speak with a real human agent, not this chat
please get a manager to call me back
I need someone from your team to look at this personally
je souhaite parler à un supérieur
¿puedo hablar con su gerente?
ich möchte mit Ihrem Chef sprechen
hi, could I speak to a person please? thanks
hello, I'd like to talk to an agent, thank you
hola, ¿me pasan con una persona? gracias
`;
