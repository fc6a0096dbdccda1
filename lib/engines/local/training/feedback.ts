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
thanks for sorting it out
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
muchas gracias, todo llegó perfecto
me encantan las botas, muy cómodas
sugerencia: añadan más tallas pequeñas
excelente atención al cliente
merci, tout est parfait
super qualité, je recommande
très bon service client, merci
vielen Dank, alles bestens
die Jacke ist super, danke
Vorschlag: eine Merkliste in der App wäre toll
sehr guter Kundenservice
`;
