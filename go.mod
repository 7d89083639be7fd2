module github.com/newsdesk/ruscompare

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/net v0.58.0
	golang.org/x/text v0.43.0
)

require github.com/andybalholm/cascadia v1.3.4 // indirect
