/** Training utterances for account, security and technical problems. See orders.ts for how to extend them. */
export const ACCOUNT = `
I can't log in
I forgot my password
how do I reset my password
the password reset email never arrived
how do I change my email address
I want to delete my account
how do I update my profile
can I change my username
how do I create an account
I want to unsubscribe from emails
stop sending me marketing emails
how do I see my order history
can I merge two accounts
my account is locked
how do I turn on two-step verification
can I change my phone number on my account
where do I find my saved addresses
how do I remove a saved card
please delete my personal data
can't sign in to my account
login not working
reset link expired
I don't have access to my old email anymore
how do I update my name on my account
can I check out without an account
I keep getting logged out
forgot my pasword
cant login
how do i make an acount
my account shows the wrong name
I want to close my account
how do I download my data
update my shipping address in my profile
how do I verify my email
the verification code never came
change my password
is there a loyalty program on my account
quiero cambiar mi contraseña
no puedo entrar a mi cuenta
j'ai oublié mon mot de passe
je n'arrive pas à me connecter
ich habe mein Passwort vergessen
ich kann mich nicht anmelden
unsubscribe me from the newsletter
how do I opt out of promotional emails
my account got locked after I typed the wrong password
too many login attempts
reset link doesn't work
borrar mi cuenta
je veux fermer mon compte
Konto löschen bitte
`;

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
`;

export const TECHNICAL = `
the website is not loading
checkout page keeps crashing
I get an error when I try to pay
the app keeps crashing
the site is really slow
I can't add items to my cart
the page shows error 500
your website is broken
the apply button does nothing
images aren't loading on the product page
the app won't open on my iPhone
checkout button is greyed out
I get a blank page after login
the size selector doesn't work
the site says something went wrong
can't complete checkout
the payment page freezes
the search doesn't return anything
my cart keeps emptying itself
I keep getting a captcha loop
the mobile site is messed up
the chat window won't load
error message when I click place order
your app logs me out every time
website down?
page not found when I click the link in your email
the filters on the website don't work
I can't upload a photo for my warranty claim
the site won't accept my zip code
the tracking page gives an error
the discount field is missing at checkout
android app crashes on startup
the website won't let me select a size
nothing happens when I press submit
there's a bug on your site
the site looks broken in Safari
la página no carga
la app se cierra sola
le site ne fonctionne pas
erreur lors du paiement
die Webseite lädt nicht
die App stürzt ständig ab
the app glitches all the time
the site keeps erroring out
la aplicación no funciona
l'appli ne marche pas
le site plante
die App funktioniert nicht
`;
