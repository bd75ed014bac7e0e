package dev.niche.katas.grader.complexity;

/** One measured point: input size n and the value at it (nanoseconds, operations or bytes). */
public record Point(int n, double value) {
}
