/* SPDX-License-Identifier: GPL-3.0-or-later
 * startup-empty.c: a program that does nothing, linked (without
 * --as-needed) to one library the command line uses, so that bench-startup
 * times what loading that library alone costs a process. */
int main (void);

int
main (void)
{
  return 0;
}
