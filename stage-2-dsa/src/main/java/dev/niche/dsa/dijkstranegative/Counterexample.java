package dev.niche.dsa.dijkstranegative;

/**
 * A small freight network on which the shop's route planner gets a cost wrong: {@code ports} ports numbered 0
 * to {@code ports - 1}, one-way {@code legs} {@code {from, to, cost}}, and the trip from {@code source} to
 * {@code target} whose cheapest cost it misjudges.
 */
public record Counterexample(int ports, int[][] legs, int source, int target) {
}
