#ifndef KBASELINE_CNCURSES_SHIM_H
#define KBASELINE_CNCURSES_SHIM_H
// The C side of CursesTerminal: ncursesw with wide-character functions, plus static inline
// accessors (prefix tui_) for the macros and mutable globals Swift cannot import or may not
// touch under Swift 6 strict concurrency.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

// Attributes (NCURSES_BITS macros are not imported).
static inline attr_t tui_a_normal(void) { return A_NORMAL; }
static inline attr_t tui_a_bold(void) { return A_BOLD; }
static inline attr_t tui_a_dim(void) { return A_DIM; }
static inline attr_t tui_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tui_a_reverse(void) { return A_REVERSE; }

// Mutable globals.
static inline WINDOW *tui_stdscr(void) { return stdscr; }
static inline int tui_lines(void) { return LINES; }
static inline int tui_cols(void) { return COLS; }
static inline int tui_colors(void) { return COLORS; }
static inline int tui_color_pairs(void) { return COLOR_PAIRS; }
static inline void tui_getmaxyx(int *rows, int *cols) {
  int y, x;
  getmaxyx(stdscr, y, x);
  *rows = y;
  *cols = x;
}

// Function-key codes.
static inline int tui_key_f(int n) { return KEY_F(n); }
static inline int tui_key_resize(void) { return KEY_RESIZE; }
static inline int tui_key_mouse(void) { return KEY_MOUSE; }
static inline int tui_key_btab(void) { return KEY_BTAB; }
static inline int tui_key_code_yes(void) { return KEY_CODE_YES; }

// Mouse.
static inline mmask_t tui_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int tui_mouse_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int tui_mouse_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int tui_mouse_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

// The terminal on stdout/stdin (Glibc's stdout/stdin are shared mutable state for Swift).
static inline SCREEN *tui_newterm(void) { return newterm(NULL, stdout, stdin); }

// Writes a UTF-8 string at (y, x); ncursesw decodes it with the current locale.
static inline int tui_mvaddnstr(int y, int x, const char *s, int n) { return mvaddnstr(y, x, s, n); }

// The locale's character set is UTF-8.
static inline int tui_codeset_is_utf8(void) {
  const char *cs = nl_langinfo(CODESET);
  return cs != NULL && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') &&
         (cs[2] == 'F' || cs[2] == 'f') && ((cs[3] == '-' && cs[4] == '8') || cs[3] == '8');
}

// Signal handling: restore the terminal, then exit 128+signal (htop's CRT_handleSIGTERM).
static void tui_restore_and_exit(int sig) {
  curs_set(1);
  endwin();
  _exit(128 + sig);
}
// A crash (Swift trap, abort, segfault) restores the terminal too, then re-raises the signal
// with its default action so the crash is still reported as one.
static void tui_restore_and_reraise(int sig) {
  endwin();
  signal(sig, SIG_DFL);
  raise(sig);
}
static inline void tui_install_signal_handlers(void) {
  struct sigaction action;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  action.sa_handler = tui_restore_and_exit;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigaction(SIGQUIT, &action, NULL);
  action.sa_handler = tui_restore_and_reraise;
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGILL, &action, NULL);
  sigaction(SIGTRAP, &action, NULL);
  sigaction(SIGABRT, &action, NULL);
  sigaction(SIGSEGV, &action, NULL);
  sigaction(SIGBUS, &action, NULL);
  sigaction(SIGFPE, &action, NULL);
}
static inline void tui_reset_signal_handlers(void) {
  int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
}
#endif
