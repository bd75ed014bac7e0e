/**
 * A link shortener that works, wrapped in patterns that do not pay. THE CODE IN THIS PACKAGE WORKS, AND IT IS WHAT
 * YOU REFACTOR.
 *
 * <h2>The brief</h2>
 * The first version was written "to be flexible": a {@code CodeGenerator} interface
 * with a single implementation, a factory whose only product is that implementation, and a singleton
 * {@code CodeSequence} that holds a counter for the whole program. None of it has
 * ever had a second case. Meanwhile a reader follows five files to learn how a code is made, and the singleton
 * ties every shortener in the program to one counter, so two shorteners (one per test, one per tenant) cannot be
 * reasoned about alone.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below with fewer types: remove the singleton's global state (each shortener owns what it
 * counts) and fold the one-product factory and the one-implementation interface into the class that does the
 * work. Add an abstraction back only when a second case asks for it. {@link dev.niche.lld.overengineered.Shortener}
 * and {@link dev.niche.lld.overengineered.Shorteners#create()} are given and keep their signatures: the tests use
 * them. The design checks name the principle and the class that breaks it; the behaviour checks pass now and
 * must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li>{@code shorten(url)} returns a code of lowercase letters and digits; the same url always gets the same
 *   code from the same shortener, and different urls get different codes.</li>
 *   <li>{@code resolve(code)} returns the url that this shortener gave {@code code} to, or an empty optional for a
 *   code it never handed out.</li>
 *   <li>A null url or code is rejected with a {@link NullPointerException} naming it; a blank url with an
 *   {@link IllegalArgumentException} naming {@code url}.</li>
 * </ul>
 * Non-goals: persistence, custom codes, expiry, thread safety.
 */
package dev.niche.lld.overengineered;
