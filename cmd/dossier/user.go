package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
)

func init() {
	commands["user"] = command{"add and list the users of the web workbench and API", (*Main).runUser}
	commands["token"] = command{"create an API token for a user", (*Main).runToken}
}

func (m *Main) runUser(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usagef("user needs a subcommand: add, list, passwd")
	}
	switch args[0] {
	case "add":
		return m.userAdd(ctx, args[1:])
	case "list":
		return m.userList(ctx, args[1:])
	case "passwd":
		return m.userPasswd(ctx, args[1:])
	}
	return usagef("unknown user subcommand %q (have: add, list, passwd)", args[0])
}

// readPassword reads one line from standard input as the password.
func (m *Main) readPassword() (string, error) {
	line, err := bufio.NewReader(m.Stdin).ReadString('\n')
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		if err != nil {
			return "", fmt.Errorf("reading the password from standard input: %w", err)
		}
		return "", usagef("empty password on standard input")
	}
	if len(line) < 12 {
		return "", usagef("a password needs at least 12 characters")
	}
	return line, nil
}

func (m *Main) userAdd(ctx context.Context, args []string) error {
	fs := m.newFlagSet("user add", "[options] NAME", `
Adds a user. Roles: viewer (reads), analyst (also ingests, judges and grades), admin (also manages
users). Prints a generated password once, unless --password-stdin reads one from standard input.`)
	role := fs.String("role", "analyst", "admin, analyst or viewer")
	stdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("user add needs one user name")
	}
	if !dossier.Role(*role).Valid() {
		return usagef("--role must be admin, analyst or viewer")
	}
	password := httpapi.RandomPassword()
	if *stdin {
		var err error
		if password, err = m.readPassword(); err != nil {
			return err
		}
	}
	hash, err := httpapi.HashPassword(password)
	if err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	u := &dossier.User{Name: fs.Arg(0), Role: dossier.Role(*role), PasswordHash: hash}
	if err := db.CreateUser(ctx, u); err != nil {
		return err
	}
	if *stdin {
		fmt.Fprintf(m.Stdout, "added %s (%s)\n", u.Name, u.Role)
	} else {
		fmt.Fprintf(m.Stdout, "added %s (%s) with password %s (shown once)\n", u.Name, u.Role, password)
	}
	return nil
}

func (m *Main) userPasswd(ctx context.Context, args []string) error {
	fs := m.newFlagSet("user passwd", "[options] NAME", `
Sets a new password for a user and ends the user's sessions. Prints a generated password once,
unless --password-stdin reads one from standard input.`)
	stdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("user passwd needs one user name")
	}
	password := httpapi.RandomPassword()
	if *stdin {
		var err error
		if password, err = m.readPassword(); err != nil {
			return err
		}
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	u, err := db.FindUserByName(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	hash, err := httpapi.HashPassword(password)
	if err != nil {
		return err
	}
	if err := db.UpdatePassword(ctx, u.ID, hash); err != nil {
		return err
	}
	if *stdin {
		fmt.Fprintf(m.Stdout, "password of %s changed\n", u.Name)
	} else {
		fmt.Fprintf(m.Stdout, "password of %s changed to %s (shown once)\n", u.Name, password)
	}
	return nil
}

func (m *Main) userList(ctx context.Context, args []string) error {
	fs := m.newFlagSet("user list", "[options]", "Lists the users and their roles.")
	asJSON := fs.Bool("json", false, "print JSON")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	us, err := db.FindUsers(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if us == nil {
			us = []*dossier.User{}
		}
		return m.printJSON(us)
	}
	if len(us) == 0 {
		fmt.Fprintln(m.Stdout, "no users (dossier serve creates an admin)")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tCREATED")
	for _, u := range us {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", u.Name, u.Role, u.Created.Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func (m *Main) runToken(ctx context.Context, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "create":
			return m.tokenCreate(ctx, args[1:])
		case "list":
			return m.tokenList(ctx, args[1:])
		case "revoke":
			return m.tokenRevoke(ctx, args[1:])
		}
	}
	return usagef("token needs a subcommand: create, list or revoke")
}

func (m *Main) tokenCreate(ctx context.Context, args []string) error {
	fs := m.newFlagSet("token create", "[options] NAME", `
Creates an API token for the user --user (default admin), named NAME after its purpose, and prints
it once. Send it as 'Authorization: Bearer TOKEN'; it carries the user's role.`)
	user := fs.String("user", "admin", "the user the token acts as")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("token create needs a name for the token")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	u, err := db.FindUserByName(ctx, *user)
	if err != nil {
		return err
	}
	secret, _, err := httpapi.NewToken(ctx, db, u, fs.Arg(0))
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, secret)
	return nil
}

func (m *Main) tokenList(ctx context.Context, args []string) error {
	fs := m.newFlagSet("token list", "[options]", `
Lists the API tokens: ID, name, user, role and when each was created (never the secret).`)
	asJSON := fs.Bool("json", false, "print JSON")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	ts, err := db.FindTokens(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return m.printJSON(map[string]any{"tokens": ts})
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tUSER\tROLE\tCREATED")
	for _, t := range ts {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.User.Name, t.User.Role, t.Created.Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func (m *Main) tokenRevoke(ctx context.Context, args []string) error {
	fs := m.newFlagSet("token revoke", "[options] ID", `
Revokes the API token with this ID (see 'dossier token list'). A running server refuses it within
30 seconds (the time it remembers a checked token).`)
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("token revoke needs the ID of a token (see 'dossier token list')")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		return usagef("token revoke: %q is not a token ID", fs.Arg(0))
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	if err := db.DeleteToken(ctx, id); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "revoked token %d\n", id)
	return nil
}
