// Deleted in the refactoring: an interface with one implementation buys nothing until a second scheme exists.
// (The solution overlay cannot delete a file, so it empties it; a learner simply deletes the file.)
package dev.niche.lld.overengineered;
