package ingest

import "testing"

// TestStrayShapes: furniture of outlets nobody tuned on, judged by shape
// (the cleaning dev set), written anew in both languages: stock-quote
// widgets between the fragments of a sentence, a language switcher in
// another script, a neighbour post's label with its headline, a call to
// learn more or click here, a theme's placeholder text, a credit with the
// circled copyright letter. The halves of a sentence a quote widget cut are
// joined again. keep holds the near-misses: a sentence with a
// percentage, a company's name in Cyrillic inside a sentence, a sentence
// about the next article of a series, a sentence in which someone wants to
// learn more, a cross-head naming a company's step.
func TestStrayShapes(t *testing.T) {
	runKeepGone(t, "stray", []keepGoneCase{
		{"english stray lines go", "en",
			"Hostwell leaves Russia\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"По-русски: Hostwell закрывает дата-центр\n\n" +
				"Lorem ipsum dolor sit amet, placeholder of the theme.\n\n" +
				"Its rival\n\nHSTW 1.25%\n\nsaid it would stay for now.\n\n" +
				"Shares of the company fell 0.98% in Frankfurt after the news, traders said on Monday.\n\n" +
				"The firm, known in Moscow as Хоствелл, employs two hundred people there, a spokesperson said.\n\n" +
				"Investors want to learn more about the costs of the exit, an analyst said on Monday.\n\n" +
				"Hostwell stops new sales\n\n" +
				"The next article in this series looks at the hosts that stayed, the editors wrote.\n\n" +
				"Learn more about what happened since the war began.\n\n" +
				"Previous post\nA ferry line cancels its winter crossings\n\n" +
				"Click Here to Read the Original Story at Harbour Wire\n",
			[]string{"Hostwell will close its data centre in Moscow", "fell 0.98% in Frankfurt", "known in Moscow as Хоствелл",
				"Investors want to learn more about the costs", "Hostwell stops new sales", "The next article in this series",
				"Its rival said it would stay for now."},
			[]string{"По-русски", "Lorem ipsum", "HSTW 1.25%", "Learn more about what happened", "Previous post",
				"ferry line cancels", "Click Here"}},
		{"dutch stray lines go", "nl",
			"Hostwell vertrekt uit Rusland\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, zei het bedrijf maandag in een verklaring.\n\n" +
				"Op Russisch: Хоствелл закрывает дата-центр в Москве\n\n" +
				"Lorem ipsum dolor sit amet, opvultekst van het thema.\n\n" +
				"Een klant in Moskou bij het gesloten kantoor. Ⓒ ANP / Jan Smit\n\n" +
				"Concurrent\n\nHSTW -0.42%\n\nblijft voorlopig in Rusland.\n\n" +
				"De btw op de diensten bleef 21% en de koers zakte 0,98% na het nieuws, zeiden handelaren maandag.\n\n" +
				"Het bedrijf, in Moskou bekend als Хоствелл, heeft er tweehonderd mensen in dienst.\n\n" +
				"Beleggers willen graag meer weten over de kosten van het vertrek, zei een analist.\n\n" +
				"Hostwell stopt met nieuwe verkoop\n\n" +
				"Het volgende artikel in deze reeks gaat over de bedrijven die bleven, schrijft de redactie.\n\n" +
				"Klik hier voor het volledige verhaal.\n\n" +
				"Volgend artikel\nVeerdienst schrapt wintertochten naar Bergen\n",
			[]string{"Hostwell sluit eind april zijn datacenter", "de koers zakte 0,98% na het nieuws", "bekend als Хоствелл",
				"Beleggers willen graag meer weten", "Hostwell stopt met nieuwe verkoop", "Het volgende artikel in deze reeks",
				"Concurrent blijft voorlopig in Rusland."},
			[]string{"Op Russisch", "Lorem ipsum", "Ⓒ ANP", "HSTW -0.42%", "Klik hier", "Volgend artikel", "Veerdienst schrapt"}},
	})
}
