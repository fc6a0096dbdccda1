/** Training utterances for feedback: praise, thanks, suggestions and mild critique, with no request to act on. See corpus.ts for how to extend them. */
export const FEEDBACK = `
thanks, that was really helpful
great service, thank you
I love my new boots
just wanted to say your team is awesome
you guys are the best
the jacket is perfect, thanks
suggestion: add more colors for the rain jacket
it would be nice if you had a wishlist feature
thanks for the quick reply
I'm very happy with my order
fast shipping, well done
your website is easy to use
I want to leave a review
can I give feedback on a product
awesome, thanks so much
that solved it, thank you
perfect, that's all I needed
you should sell more vegan options
I'd like to suggest a feature
thank you for your help today
love the quality of your gear
the tent held up great in a storm, thanks
please pass my thanks to the support team
loving the new app
kudos to the warehouse team
thx a lot
ty!
great job
much appreciated
cool thanks
nice, thanks for the info
your support person Maria was fantastic
keep up the good work
I recommend you to all my friends
five stars
muchas gracias, muy amable
excelente servicio
merci beaucoup pour votre aide
super service, bravo
vielen Dank für die Hilfe
toller Service
these trail shoes are fantastic
really impressed with how quickly it arrived
the new site looks great
very helpful, thanks
love it
genial, gracias
très utile merci
super hilfreich
the Basecamp tent was brilliant on our trip
absolutely love the new fleece
my boots are so comfy, thank you
the headlamp is great, super bright
really happy with the quality
the parcel arrived a day early, nice one
delivery was super quick
the packaging was lovely and eco friendly
your return process was painless
exchange was easy, thanks
your staff in the Denver shop were lovely
big thanks to Omar in support
the agent I spoke to was really kind
great customer service as always
you made my day, thank you
I'll definitely order again
recommended you to my hiking group
best outdoor store I've found
the new website is much easier to navigate
the app update is great
you should add a compare button for tents
it'd be great to see reviews with photos
please bring back the old green colour
would be nice to have a size finder for boots
idea: a repair service for old gear
you could add more plus size options
feature request: save items for later in the app
a gift wrap option would be nice
the product pages could show the packed size
the jacket is great but the hood is a bit small
decent experience, a few hiccups
mostly happy, the instructions could be better
just a heads up, there's a typo on the boots page
the tent fits two people perfectly as described
five stars for the stove
10/10 would buy again
solid gear, thanks
happy customer here
nice work team
props to your warehouse
thanks for jumping on that so fast
thanks so much for the refund, that was quick
cheers for fixing that
thanks, you've been great
really appreciate you sorting this
great, thanks!
you're awesome
brilliant service
lovely, cheers
thank u
thx a bunch
loved the handwritten note in my parcel
I want to write a review of the Kestrel pack
where can I leave a product review
I filled out your survey, good experience
the instructions for the tent were really clear
my kids love their new rain jackets
the boots survived a month in Scotland, impressed
I'm impressed with the customer care
such a smooth experience
love your sustainability efforts
todo llegó en perfecto estado, mil gracias
me encantan las botas, muy cómodas
sugerencia: añadan más tallas pequeñas
excelente atención al cliente
merci, rien à redire
super qualité, je recommande
très bon service client, merci
vielen Dank, alles bestens
die Jacke ist super, danke
Vorschlag: eine Merkliste in der App wäre toll
sehr guter Kundenservice
returning the boots was so easy, great job
the exchange process was smooth, really appreciated
your delivery was lightning fast, very impressed
the courier was really friendly today
shipping was quicker than promised, nice
the refund came through in two days, thank you
the new checkout is really slick
love the order tracking page, very clear
the tent is excellent, pitched it in five minutes
the headlamp lasted the whole trip, brilliant product
the boots fit perfectly and feel great
the rain jacket kept me bone dry, thanks
suggestion: show the packed size on every tent page
idea: let customers pick a delivery day
it would help to have more photos of the soles
you could offer a repair option for zippers
how about a trade-in scheme for old gear
please consider a kids range of sleeping bags
the product videos are really useful, more please
the size chart helped a lot, thanks for that
minor feedback, the box was a bit big for the item
one small suggestion, add a link to care instructions in the order email
the boots are great but the laces are a bit short
nice jacket though the sleeves run a little long
generally happy, the tracking could update more often
I want to share some feedback about my recent order
here's some feedback on your website
can I send you some product feedback
where do I send suggestions
we had a great trip thanks to your gear
your shop staff gave great advice on fitting boots
the person on the phone yesterday was very patient, thank you
thanks for the quick answer earlier
that's great, thanks a lot
cheers, really helpful
super, merci pour tout
la livraison a été très rapide, merci
les chaussures sont parfaites
ma tente est géniale, bravo à l'équipe
el cambio de talla fue muy fácil, gracias
la entrega fue rapidísima
me encanta la chaqueta, muy buena calidad
die Rücksendung war ganz einfach, danke
die Lieferung kam super schnell
tolle Qualität, ich bin sehr zufrieden
the fleece is exactly as described, lovely
the website's new filters are handy
bit of feedback: the newsletter is too frequent
the checkout could remember my address, small suggestion
tell your delivery driver thanks from me, he was great
the shipping was faster than I expected, thanks team
your returns desk in the Austin shop was brilliant
very happy with the refund speed, thank you
the product page photos are excellent
small suggestion for the website, add a size filter on the sale page
it'd be nice if the app showed delivery times
the boots are lovely, though the box was crushed a little
suggestion: offer the jacket in a tall fit
please consider more colours for the fleece
just wanted to say the repair you did on my tent was perfect
your gear has never let me down, thank you
the care guide that came with my jacket was a nice touch
I'd recommend the Kestrel pack to anyone
compliments to the team on the new store layout
the Drift fleece is the cosiest thing I own
the Sol stove boils water crazy fast, love it
the sleeping pad is comfier than my bed at home
the 40L pack carries really well, no sore shoulders
these socks are the best I've ever had on a long hike
just back from a week in the Rockies and the tent was flawless
the gloves are a bit thin for winter but otherwise great
the trousers are great, though the pockets could zip
the tent is good but the pegs bent easily
the headlamp strap could be softer, otherwise perfect
the jacket hood is a tad big, not a big deal
your size advice was spot on, the boots fit
a compare feature for sleeping bags would really help
it would be handy to filter boots by width
an option to ship to lockers would be nice
more tall sizes please, I'm 6'5
would love to see a vegan leather boot
you should list the weight of every product
you guys should do a rental service for tents
consider adding a reviews section to the app
the delivery driver was really courteous
super smooth exchange, no hassle at all
the refund was quick and painless, cheers
checkout was quick and easy
great experience from order to delivery
this is my third order and every one has been perfect
your team always goes above and beyond
just wanted to give a shout out to the Seattle store staff
honest feedback: the site is great but search could be better
feedback: the order confirmation email is very clear
feedback on the Halo headlamp: bright, light, love the red mode
a quick review: the Granite pants are tough and comfy
le sac à dos est super confortable, merci
idée : proposer des tailles longues pour les pantalons
la tienda de Madrid tiene un personal muy amable
die Handschuhe sind super warm, danke
Idee: ein Vergleichstool für Zelte wäre praktisch
`;
