/** Training utterances for security: someone else in the account or using the card, unrecognised charges or logins, phishing, identity theft. See corpus.ts for how to extend them. */
export const SECURITY = `
my account was hacked
someone logged into my account
I see orders I didn't place
someone changed my password
there's an order on my account that isn't mine
I got a suspicious email pretending to be you
is this email from Northwind real or phishing
someone used my card on your site
unauthorized purchase on my account
I think my account is compromised
I got a login alert from a country I've never been to
my email was changed without my permission
someone is using my account
fraudulent charge from Northwind on my card
I received a text asking for my password, is that you
my credit card was stolen and used on your store
there are addresses in my account I didn't add
somebody hacked me and ordered stuff
got a weird password reset email I didn't request
my account got hijacked
account takeover, please help
someone else is shipping stuff to their address with my account
identity theft
I clicked a phishing link and entered my password
I think someone stole my login
strange activity on my account
unknown device signed into my account
acct hacked!!
sombody hackd my acount
help my account is compromised
a fake site is using your name
scam email with a Northwind gift card offer
someone took over my account and changed the email
I need to report fraud
I didn't authorize this transaction
lock my account right now someone is in it
alguien hackeó mi cuenta
hay pedidos en mi cuenta que no hice
mon compte a été piraté
quelqu'un a utilisé ma carte
mein Konto wurde gehackt
jemand hat mit meiner Karte bestellt
a charge on my card I never made at your store
my card was stolen and someone ordered from you
orders are going to an address I don't recognise
me hackearon la cuenta
alguien entró en mi cuenta
on m'a volé mon compte
jemand hat mein Passwort geändert
there's a charge I don't recognize
pretty sure my Northwind login got hacked
my account has been hacked, please lock it
there are orders on my account I never placed
someone placed an order with my saved card
purchases were made with the card stored in my profile, not by me
a new address appeared on my account that I didn't add
somebody else reset my password
someone is trying to get into my account
is this text from Northwind legit
I got an email asking me to verify my card, is it you
suspicious email claiming to be from Northwind
I got a phishing message using your logo
I entered my password on a fake site
I clicked a link in a scam email
was there a data breach at Northwind
someone used my identity to open an account with you
my card was stolen and used at your store
my phone was stolen and I'm logged into your app on it
I lost my phone with the app on it, please log me out everywhere
I didn't make this purchase from your store
unknown payment to Northwind on my card
freeze my Northwind account right away, someone is in it
lock my account now
block my card on your site
I need to report a fraudulent order
fraud on my account
I believe my login details are in the wrong hands
somebody is in my account
suspicious login
suspicious activity on my account
someone else is using my account
acount hacked
hackd acct help
scam text about a parcel from you, real?
someone is shipping orders from my account to another state
my partner used my account without permission and ordered things
an ex still has my password and is buying stuff
I think my password leaked in a breach
my email got hacked and now my Northwind account too
got a password reset email I didn't ask for, should I worry
someone tried to change my delivery address on my order
the order confirmation shows an address that isn't mine
someone redeemed a gift card I bought
a charge from Northwind appeared after my card was skimmed
report phishing
fake northwind sms
did someone access my account?
alguien usó mi tarjeta en su tienda
alguien cambió mi contraseña
j'ai reçu un SMS frauduleux au nom de Northwind
quelqu'un s'est connecté à mon compte
verdächtige Anmeldung in meinem Konto
freeze my account, I think someone has my password
please suspend my account until I sort out this fraud
can you put a block on my account, something's wrong
lock it down, someone is buying with my login
a Northwind line on my bank statement is a mystery to me, I bought nothing
a Northwind transaction I never authorised
what's this payment to Northwind, it wasn't me
a debit from your store that I didn't make
I don't recognise this purchase on my card
an order I never made is charged to my card
my phone got stolen and your app is logged in on it
someone took my phone, can you sign me out of everything
my laptop was stolen with my account open
someone added their address to my account
I'm getting order confirmation emails for things I didn't buy
I'm not the one placing these orders
that's not me logging in at 3am
somebody's been using my loyalty account
I reused my password on a site that got breached, please help secure my account
my email account was hacked and they might have reset my Northwind password
I shared my password with someone I don't trust anymore
someone is pretending to be me on the phone with your support
someone sent me a fake refund link
should I cancel my card? someone used it on your site
report a compromised account
security issue with my account
account security problem
hijacked account
unauthorised order
stolen card used on your website
alguien compró con mi cuenta sin permiso
hay un cargo de Northwind que no reconozco
bloqueen mi cuenta, por favor, creo que me la robaron
je ne reconnais pas ce paiement chez Northwind
quelqu'un a changé mon adresse e-mail
mon téléphone a été volé et l'appli est connectée
ich erkenne diese Abbuchung von Northwind nicht
bitte sperren Sie mein Konto, da stimmt etwas nicht
jemand bestellt mit meinem Konto
the new phone number on my account isn't mine
there are saved addresses in my account that I never added
someone requested a password reset for me and it wasn't me
login attempts from somewhere I've never been
hi, I think my account was hacked, thanks for helping
hello, there's an order I didn't place on my account, thank you
bonjour, quelqu'un utilise mon compte, merci de le bloquer
`;
