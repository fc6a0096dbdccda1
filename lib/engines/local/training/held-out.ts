import type { Intent } from "@/lib/policy/schema";
import { type LabelledUtterance, parseLines } from "./corpus";

/**
 * The held-out test set: written separately from the training lines and never trained on (a unit test checks
 * there is no copy or near-copy in training). It measures the classifier; keep it honest by adding hard cases
 * here too, not only to the training set. The later lines of each intent are longer, mixed-language and
 * cross-topic cases added with the larger training set. A payment the customer does not recognise is security,
 * not billing (someone else may be using their card; see lib/eval/public-mappings.ts).
 */
const HELD_OUT: Record<Intent, string> = {
  order_status: `
hi, could you tell me where order NW-118822 is?
my delivery is late, what's happening
it says shipped but tracking hasn't moved in 4 days
when should I expect my package
did my order go out yet?
I'm still waiting for the hiking poles I ordered
no sign of my parcel, can you check
what's happening with my order
is order 102938 delivered?
where my package at
my order status still says pending
¿ya enviaron mi pedido?
ma commande est en retard
wann kommt mein Paket an
any news on when my stove will get here
the tracking number you sent doesn't work
has NW-104455 left the warehouse
my order was due Friday and it's still not here
ordered the Tundra bag for a trip on the 12th, the site still says preparing, will it make it?
my tracking page has said in transit to destination for nine days straight
quick one: is NW-100817 out the door yet or still in the warehouse
the carrier app shows my parcel in a different state, is it lost?
no email, no parcel, no idea what's happening with my order from the 4th
est-ce que ma commande NW-100823 a bien été expédiée ?
¿sabéis algo de mi paquete? lleva días parado
Paket laut Tracking zugestellt, aber hier ist nichts angekommen
`,
  order_change: `
can you send my order to a different address
I need to fix a typo in my shipping address
please change my order to size 9
switch the green tent in my order to the orange one
can I add a second pair of socks to order NW-100662
I want to update the delivery address on my pending order
can I change my shipping to expedited on the order I placed
I put the wrong postcode on my order
can you change the recipient name on the order
my order has the wrong apartment, please update it
necesito corregir la dirección de mi pedido
je me suis trompé d'adresse sur ma commande
can you ship order NW-100881 to my office instead
I want two of the headlamps instead of one, order not shipped yet
could you fix the last name on my order, it's misspelled
quisiera cambiar el color de la mochila que pedí
before my order ships, could you swap the medium fleece for a large
I need the parcel for NW-100833 to go to my office on Pine Street instead of home
could you tack a pair of liner socks onto the order I made this morning
on NW-100844 please change the recipient to my brother, same address
delivery note for my order please: gate code is 4471
mi pedido aún no ha salido, ¿puedo cambiar el color del saco?
pourriez-vous remplacer la veste rouge par la bleue dans ma commande ?
`,
  cancel_order: `
please cancel the order I placed an hour ago
I'd like to cancel NW-100991
can the order still be cancelled?
don't send it, I want to cancel
cancel it, I ordered the wrong thing
how can I cancel before it's shipped
I need to cancel my purchase from yesterday
please cancel my order, I don't need it anymore
can I cancel just one of the two jackets
pls cancel
quiero anular el pedido
je souhaite annuler la commande NW-100120
Bestellung bitte stornieren, danke
I no longer want the kayak I ordered, please cancel
is there a way to cancel order 100455
undo my purchase please, it hasn't shipped
annulez la commande, merci
ordered the wrong tent an hour ago, can you kill that order before it ships
the club trip is off, so the group order NW-100851 can be scrapped entirely
is there still time to stop my order from going out?
cancel the Halo headlamp from my order but keep the rest
no quiero seguir con la compra, anúlenla antes del envío
die Bestellung von gestern brauche ich doch nicht, bitte nicht mehr verschicken
`,
  shipping: `
do you deliver to Ireland?
what does overnight shipping cost
is shipping free if I spend over 75
how many days for standard shipping
do you ship outside the US
will I pay duties on an order to the UK
can you deliver to a PO box
what shipping companies do you work with
how long to ship to New Zealand
is there a charge for delivery
¿envían a España?
vous livrez au Canada ?
versendet ihr auch nach Österreich?
what's the delivery time for Japan
is there free shipping to Canada
how quickly do you ship orders
do you have same-day dispatch
what's the cheapest way to get a kayak shipped to Oregon
do you use DHL for shipments to Europe
how long would a standard parcel take to reach Vancouver
is there any way to get delivery before the weekend if I order tonight
are import fees charged when you send to Japan
¿cuánto cuesta enviar a Colombia y cuánto tarda?
Versand nach Italien, wie lange und was kostet das?
`,
  returns: `
how can I return a pair of boots that don't fit?
can I send back a jacket I wore once inside
what's the deadline for returning items
can I exchange these trousers for a medium
I need to return a tent, how do I get a label
is return shipping free
can I bring a return to a store
the shoes are too big and I want to swap them for a smaller size
I'd like to return something from order NW-100552
returns for items bought on sale?
how do i send stuff back
quiero devolver la chaqueta
puis-je échanger ma veste contre une autre taille
ich will die Schuhe zurückgeben
my daughter got a jacket as a gift and wants to return it
can I return boots I only tried on at home
how long is the return period
Rücksendung einer Jacke, wie geht das
the jacket I got for Christmas doesn't fit, how can I swap it for a size up
can I bring my online order back to the Denver shop instead of mailing it
I'd like to send back the stove, it's unused and still boxed
is the return window 30 days from delivery or from order date?
comment renvoyer des chaussures trop petites ?
quiero cambiar estas botas por un número más
Rückgabe einer ungetragenen Hose, was muss ich tun?
`,
  refund: `
I still haven't been refunded
how many days until my refund shows up
my return arrived at your warehouse, when do I get paid back
can you refund the shipping fee
I want a refund for the damaged tent
my refund is missing
did you issue my refund yet
refund for order NW-100733 please
the refund is taking too long
I'd rather have my money back than an exchange
¿me pueden devolver el dinero?
je n'ai pas reçu mon remboursement
wo bleibt meine Erstattung
I returned the stove and want to know when the money comes back
refund still pending after two weeks
will the refund include the shipping I paid
reembolso de mi devolución, ¿cuándo?
your warehouse signed for my return on the 2nd, where's my money
the refund amount is $20 short, why
I'd like my money back for the tent that arrived ripped
can I get the refund as store credit instead of on my card
remboursement toujours pas reçu après le retour
¿me reembolsan también los gastos de envío?
wann wird mir die Erstattung für die stornierte Bestellung gutgeschrieben?
`,
  billing: `
why did you charge my card two times
do you accept Google Pay
my credit card keeps getting declined at checkout
I need an invoice for my business
the discount code isn't being applied
can I use two gift cards on one order
how much is left on my gift card
the price went down right after I ordered, can I get the difference back
you charged me more than the price shown
do you accept Discover
¿puedo pagar con tarjeta de débito?
je voudrais une facture pour ma commande
kann ich mit PayPal bezahlen
do you take Mastercard
my statement shows a charge twice for the same order
can I get a receipt emailed to me
un code promo ne fonctionne pas
two identical charges of $64 showed up for one order
can I pay for part of the order with a gift card and the rest with PayPal
my coupon code SPRING15 says invalid at checkout
I need a receipt with VAT broken out for my company
the price dropped by $40 two days after I bought it, any chance of a price adjustment
¿por qué me han cobrado el envío si era gratis?
peut-on payer par virement bancaire ?
`,
  account: `
I can't remember my password
how do I change the email on my account
my login doesn't work anymore
please remove my account
where can I see my past orders
the reset password link doesn't work
how do I stop your newsletter
can I change my account's phone number
I want to set up two-factor authentication
my account is blocked after too many attempts
olvidé mi contraseña
comment supprimer mon compte
ich komme nicht in mein Konto
how do I change my password
where do I update my email preferences
I can't get into my account since yesterday
mi cuenta está bloqueada
I don't remember which email I used to register
I'd like my Northwind profile closed for good
I'd like to switch off the marketing texts but keep order updates
where do I change the default address on my profile
my rewards balance looks wrong after my last purchase
no puedo acceder a mi cuenta, olvidé la contraseña
comment changer l'adresse e-mail de mon compte ?
`,
  security: `
there's a payment I don't recognise from your store
someone placed orders from my account without my permission
I think my account was hacked yesterday
there's a charge from you I never made, my card may be stolen
got an email asking me to confirm my card details, is that real?
my password was changed and it wasn't me
someone accessed my account from another country
I want to report a phishing website using your logo
there are orders to an address I don't know
my account has been compromised
a stranger is logged into my account
me robaron la cuenta
quelqu'un a piraté mon compte
jemand hat sich in mein Konto eingeloggt
I got a message saying my password was reset but I didn't do it
somebody bought a tent using my account
I believe someone is impersonating Northwind by email
mi cuenta fue hackeada y hay compras raras
somebody bought two jackets on my account and shipped them to an address I don't know
I got a message from "Northwind" asking me to confirm my login on a strange site
my card has a Northwind charge and I haven't shopped with you in a year
someone changed my phone number on the account and I can't get codes anymore
I suspect someone worked out my password, please block access to my account
alguien ha entrado en mi cuenta y ha cambiado la dirección
über mein Kundenkonto wurden fremde Bestellungen aufgegeben
`,
  technical: `
the checkout keeps giving me an error
your site won't load on my phone
I can't click the add to cart button
the app freezes when I open my orders
payment page shows a blank screen
the website crashed when I tried to pay
I get error 404 on the product page
the promo code box is not showing
the site keeps timing out
your app is glitching
la web da error al pagar
l'application plante
die Seite funktioniert nicht
the checkout spinner never stops
I get logged out when I open the cart
the website shows an error when I try to log in
die Kasse zeigt einen Fehler
your checkout page loops back to the cart every time I press continue
the app shows a white screen since the last update
I get "something went wrong" whenever I try to save my address
images on the product pages are broken on Chrome
the website won't let me log in, the button just spins
la página se queda cargando al pagar
l'appli se ferme dès que j'ouvre mon panier
`,
  product: `
are the Ridge boots waterproof?
what size jacket should I get if I'm 6 feet tall
how do I clean my sleeping bag
is the tent warranty 2 years
the buckle on my backpack snapped after a month, is that covered
how heavy is the ultralight tent
do these boots need breaking in
is the rain shell breathable
what's the best way to dry my down jacket
do you have the fleece in navy
¿esta mochila es impermeable?
quelle est la garantie sur les tentes
wie pflege ich meine Lederstiefel
will this jacket fit over a fleece
how warm is your winter sleeping bag
what's the warranty on boots
les bottes taillent-elles grand ?
will the Basecamp 2 survive strong winds on an exposed ridge
is the down in the parka responsibly sourced
what's the difference in warmth between the fleece and the softshell
can the Tundra bag be used in summer or is it too warm
do you have the trail runners in a wide 11
¿la chaqueta tiene capucha desmontable?
gibt es die Wanderschuhe auch in Größe 47?
`,
  complaint: `
this is the third time I write and still no answer, terrible
your products are cheap garbage
I'm really angry about the way I've been treated
I'm disappointed, the jacket is much worse than advertised
horrible service, I want to complain
nobody cares about customers here
the delivery guy threw my package over the fence, unacceptable
this company is a joke
I am extremely unhappy with the quality
I'm done, worst store ever
estoy harto de su servicio
service client lamentable
ich bin total enttäuscht
I'm so fed up with waiting and getting no help
you lost my package and nobody cares
the quality has really gone downhill, very disappointed
c'est vraiment honteux
this is the third faulty stove in a row, I'm done with your brand
I've been ignored for two weeks, this is not how you treat customers
your delivery partner dumped my parcel in the rain, disgraceful service
the jacket is nowhere near the quality you advertise, I feel cheated
I'm absolutely fuming about how this return was handled
c'est honteux, ma commande est arrivée cassée et personne ne répond
estoy indignado, es la segunda vez que llega mal mi pedido
`,
  feedback: `
thank you so much, you've been very helpful
the boots are amazing, great quality
just wanted to say thanks
you could add a size filter to the sale page
super fast delivery, I'm impressed
awesome service!
thanks, that answers my question
I really like your new website
great experience, will buy again
cheers, all sorted
muchas gracias por la ayuda
merci, c'est parfait
danke, sehr hilfreich
just wanted to let you know the jacket is great
thanks for sorting that out so fast
maybe add a dark mode to the app
gracias, todo perfecto
the tent packed down smaller than I expected, love it
just a note to say your returns team was super friendly
would be great if you offered the fleece in more neutral colours
your delivery updates by text were really handy
nice work on the new app, it's much faster
gracias por la rapidez, todo perfecto
danke für den tollen Service, gerne wieder
`,
  human_request: `
can I talk to someone real
please transfer me to an agent
I want a real person to help me
is there a human I can talk to
connect me with customer support staff
I'd prefer speaking with a person
give me a human
let me talk to a representative please
speak to agent
can I call someone
quiero hablar con alguien de verdad
puis-je parler à un agent ?
ich will mit einem Mitarbeiter reden
is a real agent available
please get me a person
I need to speak to a human about this
je veux un vrai conseiller
can I get a human to look at my order, the bot keeps misunderstanding
please put me through to a manager, this needs someone senior
I'd like a phone call from your support team today
is there a real person who can check my refund
connect me with someone in customer care please
quiero que me atienda una persona, no un robot
je voudrais être mis en relation avec un agent
`,
  other: `
hey there
good evening
what's the time
do you like music
tell me something funny
who are you
blah blah
bye for now
what is 5 times 7
how's the weather in Seattle
buenas tardes
salut
guten Tag
what's your favourite colour
can you sing
hello? anyone there
qué hora es
hey, hope you're having a good day
what's the best way to keep bears away from my campsite
do you know any good pizza places downtown
just testing this chat thing
is there a shop of yours near the airport
are you guys hiring for the summer
salut, tu vas bien ?
`,
};

export function heldOutSet(): LabelledUtterance[] {
  return (Object.entries(HELD_OUT) as Array<[Intent, string]>).flatMap(([intent, block]) => parseLines(block, intent));
}
