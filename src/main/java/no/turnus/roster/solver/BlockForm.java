package no.turnus.roster.solver;

/**
 * Which blocks a block or weekend move factory offers (its {@code mode}, a Timefold custom property): true swaps,
 * where both employees work in the block; handovers to someone free then; or either.
 */
enum BlockForm {
    ANY, SWAP, TRANSFER;

    static BlockForm of(String mode) {
        return switch (mode) {
            case "any" -> ANY;
            case "swap" -> SWAP;
            case "transfer" -> TRANSFER;
            default -> throw new IllegalArgumentException("mode must be any, swap or transfer (was " + mode + ")");
        };
    }
}
