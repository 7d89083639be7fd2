package extract_test

import "testing"

// TestNamedContext checks, in our own words, that a bare mention of a
// registered company is not reported when the sentence names it as context
// of another's news (named_once in stances.yaml: statistics,
// context_before, and a clause whose subject is another company with a
// claim), and that it still is when it opens a clause of its own, after a
// clause break, or as one of the subjects.
func TestNamedContext(t *testing.T) {
	x := newExtractor(t)
	cases := []namedCase{
		// Market figures.
		{"a market share", "en",
			"Nokia stopped its deliveries to Russia. In servers, HPE holds a market share of about a fifth.",
			nil, []string{"hpe"}},
		{"a market share, Dutch", "nl",
			"Nokia stopt zijn leveringen aan Rusland. Bij servers heeft HPE een marktaandeel van ongeveer een vijfde.",
			nil, []string{"hpe"}},
		// Customers, partners, brands of the company at hand.
		{"a customer of the company at hand", "en",
			"Nokia stopped its deliveries to Russia. The firm, which supplies Tele2 and smaller operators, gave no figures.",
			nil, []string{"tele2"}},
		{"a partner of the company at hand", "en",
			"Logitech halted its sales in Russia. Last year the maker of mice partnered with Zoom on a line of screens.",
			nil, []string{"zoom"}},
		{"a customer, Dutch", "nl",
			"Nokia stopt zijn leveringen aan Rusland. Tot de klanten van het bedrijf hoort ook Tele2, schrijft de krant.",
			nil, []string{"tele2"}},
		{"a brand of the company at hand, Dutch", "nl",
			"Logitech stopt de verkoop in Rusland. Het is de eigenaar van merken als Zoom, meldt de krant.",
			nil, []string{"zoom"}},
		// Another company with a claim is the subject; the mention its object.
		{"the object of another's clause", "en",
			"Apple stopped selling its phones in Russia. Apple regards Samsung as its main rival there.",
			nil, []string{"samsung"}},
		{"the object of another's clause, Dutch", "nl",
			"Apple stopt met de verkoop van telefoons in Rusland. Apple noemt Samsung zijn grootste rivaal in Azië.",
			nil, []string{"samsung"}},
		{"customers listed across semicolons", "en",
			"Nokia stopped its deliveries to Russia. Its customers include a fixed operator; a cable firm; and two mobile operators, one of them Tele2.",
			nil, []string{"tele2"}},
		{"the owner of the brand at hand", "en",
			"Volvo Cars stopped its shipments to Russia. The brand, which is owned by Geely, sold a few thousand cars there.",
			nil, []string{"geely"}},
		{"the owner of the brand at hand, Dutch", "nl",
			"Volvo Cars stopt de leveringen aan Rusland. Het merk, dat eigendom is van het Chinese Geely, verkocht er enkele duizenden auto's.",
			nil, []string{"geely"}},
		{"a comparison", "nl",
			"Yandex verkoopt zijn nieuwsdienst. Wat overblijft is een zoekmachine à la Google.",
			nil, []string{"google"}},
		{"the accused", "en",
			"Roskomnadzor accused Google of spreading false reports.",
			nil, []string{"google"}},
		{"the accused, Dutch", "nl",
			"De toezichthouder beschuldigde Google van het verspreiden van valse berichten.",
			nil, []string{"google"}},
		{"the medium one told", "en",
			"Nokia stopped its deliveries to Russia, its chief told Yahoo in an interview.",
			nil, []string{"yahoo"}},
		// Negative cases: the mention is a subject of its own.
		{"a clause break before the mention", "en",
			"Nokia stopped its deliveries to Russia, while Ericsson gave no word on its plans.",
			[]string{"ericsson"}, nil},
		{"a clause break, Dutch", "nl",
			"Nokia stopt zijn leveringen aan Rusland, terwijl Ericsson nog geen woord over zijn plannen kwijt wil.",
			[]string{"ericsson"}, nil},
		{"a clause of its own after a comma", "en",
			"Orange stopped its advertising in Russia, Vodafone is silent so far.",
			[]string{"vodafone"}, nil},
		{"a clause of its own after a comma and en", "nl",
			"Colruyt stopt met de verkoop van Russische producten, en Delhaize laat de voorraad opraken.",
			[]string{"delhaize"}, nil},
		{"one more of the subjects", "en",
			"Orange in France, Telefonica in Spain and Vodafone in the UK stopped charging for calls to Ukraine, the regulators wrote; Tele2 in Sweden and Samsung were named too.",
			[]string{"samsung"}, nil},
		{"one more of the subjects, with descriptions, Dutch", "nl",
			"Apple stopt met de verkoop in Rusland. Zo hebben ook de bouwmarktketen Leroy Merlin, sportwinkel Decathlon en winkelbedrijf Auchan veel personeel in Rusland.",
			[]string{"decathlon", "auchan"}, nil},
	}
	runNamedCases(t, x, cases)
}
