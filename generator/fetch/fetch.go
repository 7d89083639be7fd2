// Package fetch gets article pages and feeds over HTTP for ingest, with
// the limits an unattended fetch needs: a timeout, a size cap, a bounded
// number of redirects, HTML only, and errors an editor can act on.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Errors, wrapped with the URL; test them with errors.Is.
var (
	ErrTimeout   = errors.New("no answer in time")
	ErrTooLarge  = errors.New("answer too large")
	ErrNotHTML   = errors.New("not an HTML page")
	ErrStatus    = errors.New("HTTP error")
	ErrRedirects = errors.New("too many redirects")
	ErrURL       = errors.New("not an http(s) URL")
	ErrFeed      = errors.New("not a readable RSS or Atom feed")
)

// StatusError is an answer other than 200 OK.
type StatusError struct {
	Code   int
	Status string
}

func (e *StatusError) Error() string        { return "HTTP " + e.Status }
func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// Client fetches with limits. The zero value is not usable; call New.
type Client struct {
	http *http.Client
	// MaxBytes caps a page or feed: a real article is well under a few
	// megabytes, and reading a runaway answer into memory would take
	// the machine with it.
	MaxBytes     int64
	Timeout      time.Duration
	MaxRedirects int
	UserAgent    string
}

// New makes a client; timeout bounds each request as a whole, including
// reading the body.
func New(timeout time.Duration) *Client {
	c := &Client{MaxBytes: 10 << 20, Timeout: timeout, MaxRedirects: 5, UserAgent: "ruscompare-generator/1 (+newsdesk ingest)"}
	c.http = &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > c.MaxRedirects {
				return fmt.Errorf("%w: more than %d (last to %s)", ErrRedirects, c.MaxRedirects, req.URL)
			}
			return nil
		},
	}
	return c
}

// Page is a fetched HTML page, as served.
type Page struct {
	// URL is where the page was found after redirects; Requested is what
	// was asked for.
	URL, Requested string
	Body           []byte
	// Charset is the character set the Content-Type header declares, or "".
	Charset string
}

// Redirected reports whether the page came from another URL than asked.
func (p *Page) Redirected() bool { return p.URL != p.Requested }

// Get fetches one HTML page.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	body, final, ctype, err := c.get(ctx, rawURL, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	if err != nil {
		return nil, err
	}
	mt, params, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		if mt == "" {
			mt = "no content type"
		}
		return nil, fmt.Errorf("GET %s: %w: the server answered %s", rawURL, ErrNotHTML, mt)
	}
	// The bytes go to ingest as they came: it decodes them as the page
	// declares (this header, or <meta charset>) and warns when the bytes
	// contradict the declaration, which it can only see in the raw bytes.
	return &Page{URL: final, Requested: rawURL, Body: body, Charset: params["charset"]}, nil
}

func (c *Client) get(ctx context.Context, rawURL, accept string) (body []byte, final, ctype string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", "", fmt.Errorf("%q: %w", rawURL, ErrURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("GET %s: %w", rawURL, err)
	}
	req.Header.Set("Accept", accept)
	req.Header.Set("User-Agent", c.UserAgent)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, "", "", c.explain(rawURL, err)
	}
	defer resp.Body.Close()
	final = resp.Request.URL.String()
	if resp.StatusCode != http.StatusOK {
		return nil, final, "", fmt.Errorf("GET %s: %w", rawURL, &StatusError{Code: resp.StatusCode, Status: resp.Status})
	}
	if resp.ContentLength > c.MaxBytes {
		return nil, final, "", fmt.Errorf("GET %s: %w: %d bytes (the limit is %d)", rawURL, ErrTooLarge, resp.ContentLength, c.MaxBytes)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, c.MaxBytes+1))
	if err != nil {
		return nil, final, "", c.explain(rawURL, err)
	}
	if int64(len(body)) > c.MaxBytes {
		return nil, final, "", fmt.Errorf("GET %s: %w: more than %d bytes", rawURL, ErrTooLarge, c.MaxBytes)
	}
	return body, final, resp.Header.Get("Content-Type"), nil
}

// explain turns transport errors into what happened, in words.
func (c *Client) explain(rawURL string, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("GET %s: %w within %s (the server did not finish answering; try again later or raise --timeout)", rawURL, ErrTimeout, c.Timeout)
	}
	if errors.Is(err, ErrRedirects) {
		return fmt.Errorf("GET %s: %w", rawURL, errors.Unwrap(ue))
	}
	return fmt.Errorf("GET %s: %w", rawURL, err)
}

// Item is one entry of a feed.
type Item struct {
	N     int // 1-based position in the feed, for messages
	Title string
	Link  string
	Date  string // YYYY-MM-DD, or ""
	// Problem is set for an item that cannot be ingested (no link), so
	// the caller reports it and goes on with the others.
	Problem string
}

// Feed is a fetched RSS or Atom feed.
type Feed struct {
	Title string
	Items []Item
}

// Feed fetches and parses an RSS, Atom or JSON feed.
func (c *Client) Feed(ctx context.Context, rawURL string) (*Feed, error) {
	body, _, _, err := c.get(ctx, rawURL, "application/atom+xml,application/rss+xml,application/xml;q=0.9,*/*;q=0.1")
	if err != nil {
		return nil, err
	}
	return ParseFeed(rawURL, body)
}

// ParseFeed parses feed bytes; base resolves relative item links.
func ParseFeed(base string, data []byte) (*Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", base, ErrFeed, err)
	}
	out := &Feed{Title: strings.TrimSpace(f.Title)}
	bu, _ := url.Parse(base)
	for i, it := range f.Items {
		item := Item{N: i + 1, Title: strings.TrimSpace(it.Title), Link: strings.TrimSpace(it.Link)}
		if item.Link == "" && len(it.Links) > 0 {
			item.Link = strings.TrimSpace(it.Links[0])
		}
		if item.Link == "" {
			item.Problem = "no link"
		} else if lu, err := url.Parse(item.Link); err != nil {
			item.Problem = fmt.Sprintf("link %q does not parse: %v", item.Link, err)
		} else {
			if bu != nil {
				lu = bu.ResolveReference(lu)
			}
			item.Link = lu.String()
			if lu.Scheme != "http" && lu.Scheme != "https" {
				item.Problem = fmt.Sprintf("link %q is not http(s)", item.Link)
			}
		}
		switch {
		case it.PublishedParsed != nil:
			item.Date = it.PublishedParsed.UTC().Format(time.DateOnly)
		case it.UpdatedParsed != nil:
			item.Date = it.UpdatedParsed.UTC().Format(time.DateOnly)
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}
